import type { ChangeEvent } from '../../../shared/events';
import { bridge } from '../api/bridge';
import { markRevision } from '../app/ready';
import {
  isListLoaded,
  loadDetail,
  loadList,
  loadTurns,
  loadedConferenceIds,
  loadedTurnIds
} from './conference-store';
import { isDirectoryLoaded, loadDirectory } from './directory-store';

/** Methods that write the undo stack; their events may carry only the "turns" topic, yet the undo label changes. */
function writesUndoStack(method: string): boolean {
  return (
    method.startsWith('live.') || method.startsWith('question.') || method === 'answer.record' || method === 'turn.add'
  );
}

/** Which loaded data an event makes stale. `conferenceId: null` (a resync) means every conference. */
export function refetchesFor(
  event: ChangeEvent,
  loaded: { details: number[]; turns: number[]; list: boolean; directory: boolean }
): { details: number[]; turns: number[]; list: boolean; directory: boolean } {
  const scope = (ids: number[]) => (event.conferenceId === null ? ids : ids.filter((id) => id === event.conferenceId));
  switch (event.topic) {
    case 'conference':
    case 'conferences':
      return { details: scope(loaded.details), turns: [], list: loaded.list, directory: false };
    case 'turns':
      return {
        details: writesUndoStack(event.method) || event.conferenceId === null ? scope(loaded.details) : [],
        turns: scope(loaded.turns),
        list: loaded.list,
        directory: false
      };
    case 'directory':
      // a renamed outlet shows in the queue, which comes with the conference's detail
      return { details: loaded.details, turns: [], list: false, directory: loaded.directory };
    default:
      return { details: [], turns: [], list: false, directory: false };
  }
}

let started = false;

/** Subscribes once for the whole app; every change refetches only what it made stale. No polling. */
export function startSync(): void {
  if (started) return;
  started = true;
  bridge.subscribe((event) => {
    const todo = refetchesFor(event, {
      details: loadedConferenceIds(),
      turns: loadedTurnIds(),
      list: isListLoaded(),
      directory: isDirectoryLoaded()
    });
    const work: Promise<unknown>[] = [
      ...todo.details.map((id) => loadDetail(id)),
      ...todo.turns.map((id) => loadTurns(id))
    ];
    if (todo.list) work.push(loadList('all'));
    if (todo.directory) work.push(loadDirectory('all').catch(() => undefined));
    void Promise.all(work).then(() => markRevision(event.revision));
  });
}
