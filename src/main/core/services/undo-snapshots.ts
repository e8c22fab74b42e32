import type { RowChange } from '../context';
import type { Row } from '../db/rows';

/** Columns that move forward with every write and are never rolled back or compared. */
export const VOLATILE = new Set(['revision', 'updated_at']);

/**
 * One changed row as an action stores it. A row the action created is kept as a
 * digest until it is undone (the undo stores it whole then, for the redo): most
 * actions are never undone, and a new turn's text would otherwise be written twice.
 */
export interface StoredChange extends RowChange {
  afterDigest?: string;
}

/** A 53-bit hash (two multiplicative 32-bit lanes, cyrb53-style) of a row's lasting columns, as hex. */
export function digest(row: Row): string {
  const text = JSON.stringify(
    Object.keys(row)
      .filter((c) => !VOLATILE.has(c))
      .map((c) => [c, row[c]])
  );
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/**
 * What an action stores of one changed row; null when nothing changed. An update
 * keeps only the columns it changed, before and after: undo and redo then check
 * and write just those, and the action row stays small (a live write fsyncs every
 * page it dirties). A deleted row is kept whole, to put it back; a created one as a digest.
 */
export function compact(change: RowChange): StoredChange | null {
  const { before, after } = change;
  if (!before && !after) return null;
  if (!before) return { ...change, after: null, afterDigest: digest(after!) };
  if (!after) return change;
  const changed = Object.keys(after).filter((c) => !VOLATILE.has(c) && before[c] !== after[c]);
  if (changed.length === 0) return null;
  const only = (row: Row) => Object.fromEntries(changed.map((c) => [c, row[c]]));
  return { ...change, before: only(before), after: only(after) };
}

/** Whether `b` holds every column of `a` with the same value (volatile columns aside). */
export function sameRow(a: Row | null, b: Row | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Object.keys(a).every((key) => VOLATILE.has(key) || a[key] === b[key]);
}

/** Whether the row is still as the action left it: the side an undo expects to find. */
export function asLeft(change: StoredChange, current: Row | null): boolean {
  if (change.after === null && change.afterDigest !== undefined) return current !== null && digest(current) === change.afterDigest;
  return sameRow(change.after, current);
}
