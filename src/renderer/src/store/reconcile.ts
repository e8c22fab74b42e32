/**
 * Structural sharing: a refetched list keeps the old object for every row that
 * did not change, so memoized rows (question cards, timeline turns) skip their
 * render. This keeps a 2,000-turn refetch from redrawing 2,000 rows.
 */
export function sameValue(a: unknown, b: unknown, depth = 2): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1)) return false;
  }
  return true;
}

export function reconcileList<T extends { id: number }>(prev: readonly T[] | undefined, next: T[]): T[] {
  if (!prev) return next;
  const byId = new Map(prev.map((item) => [item.id, item]));
  let unchanged = prev.length === next.length;
  const out = next.map((item, index) => {
    const old = byId.get(item.id);
    const kept = old && sameValue(old, item) ? old : item;
    if (kept !== prev[index]) unchanged = false;
    return kept;
  });
  return unchanged ? (prev as T[]) : out;
}

export function reconcileValue<T>(prev: T | undefined, next: T): T {
  return prev !== undefined && sameValue(prev, next, 3) ? prev : next;
}

/** Puts `item` in place of the row with its id, or adds it, keeping the list in `order`. */
export function upsert<T extends { id: number }>(list: readonly T[], item: T, order: (a: T, b: T) => number): T[] {
  const index = list.findIndex((x) => x.id === item.id);
  if (index >= 0) {
    if (sameValue(list[index], item)) return list as T[];
    const copy = [...list];
    copy[index] = item;
    return copy.sort(order);
  }
  return [...list, item].sort(order);
}
