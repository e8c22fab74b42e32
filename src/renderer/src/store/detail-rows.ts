import type { ConferenceDetail, ConferenceRows } from '../../../shared/domain';
import type { ChangedRows } from '../../../shared/events';
import { reconcileValue, sameValue } from './reconcile';

/**
 * What a conference's detail is waiting to refetch: all of it, or the rows
 * change events named. Rows pile up while a fetch runs and go in the next one.
 */
export interface RowSets {
  questions: Set<number>;
  segments: Set<number>;
  extensions: Set<number>;
}
export type DetailRefetch = 'all' | RowSets;

/** Past this many rows one fetch of the whole conference is the cheaper way. */
const ROWS_LIMIT = 500;

export function emptyRowSets(): RowSets {
  return { questions: new Set(), segments: new Set(), extensions: new Set() };
}

/** Adds an event's rows to what is pending; 'all' wins, and so does a pile too large to ask for by id. */
export function addRefetch(pending: DetailRefetch | null, next: 'all' | ChangedRows): DetailRefetch {
  if (pending === 'all' || next === 'all') return 'all';
  const sets = pending ?? emptyRowSets();
  for (const id of next.questions ?? []) sets.questions.add(id);
  for (const id of next.segments ?? []) sets.segments.add(id);
  for (const id of next.extensions ?? []) sets.extensions.add(id);
  return sets.questions.size + sets.segments.size + sets.extensions.size > ROWS_LIMIT ? 'all' : sets;
}

/**
 * The asked-for rows put into a list: each replaced (the old object kept when
 * equal, so its card does not redraw), added, or removed when the answer no
 * longer has it. One pass over the list, and a sort only when the order may change.
 */
function mergeRows<T extends { id: number }>(list: T[], asked: Set<number>, fresh: T[], order: (a: T, b: T) => number, key: (t: T) => number): T[] {
  if (asked.size === 0) return list;
  const byId = new Map(fresh.map((row) => [row.id, row]));
  let changed = false;
  let reorder = false;
  const out: T[] = [];
  for (const row of list) {
    if (!asked.has(row.id)) {
      out.push(row);
      continue;
    }
    const next = byId.get(row.id);
    byId.delete(row.id);
    if (!next) {
      changed = true;
      continue;
    }
    if (sameValue(row, next)) out.push(row);
    else {
      changed = true;
      if (key(row) !== key(next)) reorder = true;
      out.push(next);
    }
  }
  for (const added of byId.values()) {
    out.push(added);
    changed = reorder = true;
  }
  if (!changed) return list;
  return reorder ? out.sort(order) : out;
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) => a.position - b.position || a.id - b.id;
const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** The detail with the rows a conference.rows answer brought; unchanged parts keep their identity. */
export function applyChangedRows(detail: ConferenceDetail, asked: RowSets, rows: ConferenceRows): ConferenceDetail {
  const outlets = rows.outlets.reduce((list, outlet) => {
    const index = list.findIndex((o) => o.id === outlet.id);
    if (index >= 0 && sameValue(list[index], outlet)) return list;
    return index >= 0 ? list.map((o, i) => (i === index ? outlet : o)) : [...list, outlet];
  }, detail.outlets);
  const next: ConferenceDetail = {
    ...detail,
    conference: reconcileValue(detail.conference, rows.conference),
    questions: mergeRows(detail.questions, asked.questions, rows.questions, byPosition, (q) => q.position),
    segments: mergeRows(detail.segments, asked.segments, rows.segments, byPosition, (s) => s.position),
    extensions: mergeRows(detail.extensions, asked.extensions, rows.extensions, byId, (e) => e.id),
    outlets,
    undo: reconcileValue(detail.undo, rows.undo),
    redo: reconcileValue(detail.redo, rows.redo)
  };
  const keys = Object.keys(next) as (keyof ConferenceDetail)[];
  return keys.every((k) => next[k] === detail[k]) ? detail : next;
}
