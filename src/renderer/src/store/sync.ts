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
export interface Refetches {
  details: number[];
  turns: number[];
  /** which turns: the ones the event named, or all after a resync */
  turnIds: number[] | 'all';
  list: boolean;
  directory: boolean;
}

export function refetchesFor(
  event: ChangeEvent,
  loaded: { details: number[]; turns: number[]; list: boolean; directory: boolean }
): Refetches {
  const scope = (ids: number[]) => (event.conferenceId === null ? ids : ids.filter((id) => id === event.conferenceId));
  const none: Refetches = { details: [], turns: [], turnIds: 'all', list: false, directory: false };
  switch (event.topic) {
    case 'conference':
    case 'conferences':
      return { ...none, details: scope(loaded.details), list: loaded.list };
    case 'turns':
      return {
        ...none,
        details: writesUndoStack(event.method) || event.conferenceId === null ? scope(loaded.details) : [],
        turns: scope(loaded.turns),
        turnIds: event.conferenceId !== null && event.ids.length > 0 ? event.ids : 'all',
        list: loaded.list
      };
    case 'directory':
      // a renamed outlet shows in the queue, which comes with the conference's detail
      return { ...none, details: loaded.details, directory: loaded.directory };
    default:
      return none;
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
      ...todo.turns.map((id) => loadTurns(id, todo.turnIds))
    ];
    if (todo.list) work.push(loadList('all'));
    if (todo.directory) work.push(loadDirectory('all').catch(() => undefined));
    void Promise.all(work).then(() => markRevision(event.revision));
  });
}
