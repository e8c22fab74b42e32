import type { ChangeEvent, ChangedRows } from '../../../shared/events';
import { specOf } from '../../../shared/methods';
import { bridge } from '../api/bridge';
import { markRevision } from '../app/ready';
import {
  answerShowsChange,
  isListLoaded,
  isListOnScreen,
  loadDetail,
  loadDetailRows,
  loadList,
  loadTurns,
  loadedConferenceIds,
  loadedTurnIds
} from './conference-store';
import { isDirectoryLoaded, loadDirectory } from './directory-store';
import { afterOwnWrites } from './own-writes';

/**
 * Whether the method writes the undo stack (a live action, or an undo or redo):
 * its events may carry only the "turns" topic, yet the undo label changes.
 */
function writesUndoStack(method: string): boolean {
  const spec = specOf(method);
  return spec?.kind === 'live' || spec?.answer?.store === 'undo';
}

/** Which loaded data an event makes stale. `conferenceId: null` (a resync) means every conference. */
export interface Refetches {
  details: number[];
  /**
   * when set, the details need only these rows (and the conference row and undo
   * state, always sent): the event named every row it changed. Unset: all of it.
   */
  detailRows?: ChangedRows;
  turns: number[];
  /** which turns: the ones the event named, or all after a resync */
  turnIds: number[] | 'all';
  list: boolean;
  directory: boolean;
}

/** The rows an event lets the details fetch instead of everything; none for a resync (no conference). */
function rowsOnly(event: ChangeEvent, rows: ChangedRows | undefined): Pick<Refetches, 'detailRows'> {
  return event.conferenceId !== null && rows ? { detailRows: rows } : {};
}

/**
 * `list`: the conference list is loaded; `listOnScreen`: and shown. A live action
 * changes a list row's counts and status, but refetching the whole list on every
 * keypress is wasted while it is not on screen: it is refetched when it is shown.
 */
export function refetchesFor(
  event: ChangeEvent,
  loaded: { details: number[]; turns: number[]; list: boolean; listOnScreen?: boolean; directory: boolean }
): Refetches {
  const scope = (ids: number[]) => (event.conferenceId === null ? ids : ids.filter((id) => id === event.conferenceId));
  const none: Refetches = { details: [], turns: [], turnIds: 'all', list: false, directory: false };
  const listOnScreen = loaded.list && (loaded.listOnScreen ?? false);
  switch (event.topic) {
    case 'conferences':
      return { ...none, details: scope(loaded.details), list: loaded.list };
    case 'conference':
      return { ...none, details: scope(loaded.details), ...rowsOnly(event, event.rows), list: listOnScreen };
    case 'turns':
      return {
        ...none,
        details: writesUndoStack(event.method) || event.conferenceId === null ? scope(loaded.details) : [],
        // the detail shows no turn: of a live action's turns it needs only the undo state
        ...rowsOnly(event, event.rows && {}),
        turns: scope(loaded.turns),
        turnIds: event.conferenceId !== null && event.ids.length > 0 ? event.ids : 'all',
        list: listOnScreen
      };
    case 'directory':
      // a renamed outlet shows in the queue, which comes with the conference's detail
      return { ...none, details: loaded.details, directory: loaded.directory };
    default:
      return none;
  }
}

/**
 * One call publishes an event per topic, all with the same revision: the
 * conference's detail is refetched once per revision, not once per event.
 * A refetch started after revision R's first event already reads R or later.
 */
const detailRefetches = new Map<number, { revision: number; done: Promise<void> }>();
function refreshDetail(id: number, revision: number): Promise<void> {
  const last = detailRefetches.get(id);
  if (last && last.revision >= revision) return last.done;
  const done = loadDetail(id);
  detailRefetches.set(id, { revision, done });
  return done;
}

let started = false;

/** Subscribes once for the whole app; every change refetches only what it made stale. No polling. */
export function startSync(): void {
  if (started) return;
  started = true;
  bridge.subscribe((event) => void refetchMoment(event).then(() => refetch(event)));
}

/**
 * When an event's refetch may start: behind this window's own writes where their
 * answer shows the change in full (see afterOwnWrites), at once otherwise.
 * Every subscriber that refetches on events waits for this.
 */
export function refetchMoment(event: ChangeEvent): Promise<void> {
  return answerShowsChange(event.method) ? afterOwnWrites() : Promise.resolve();
}

/** Refetches what the event made stale, then marks its revision as drawn. */
function refetch(event: ChangeEvent): void {
  const todo = refetchesFor(event, {
    details: loadedConferenceIds(),
    turns: loadedTurnIds(),
    list: isListLoaded(),
    listOnScreen: isListOnScreen(),
    directory: isDirectoryLoaded()
  });
  const rows = todo.detailRows;
  const work: Promise<unknown>[] = [
    ...todo.details.map((id) => (rows ? loadDetailRows(id, rows) : refreshDetail(id, event.revision))),
    ...todo.turns.map((id) => loadTurns(id, todo.turnIds))
  ];
  if (todo.list) work.push(loadList('all'));
  if (todo.directory) work.push(loadDirectory('all').catch(() => undefined));
  void Promise.all(work).then(() => markRevision(event.revision));
}
