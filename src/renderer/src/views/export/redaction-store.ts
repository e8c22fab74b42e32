import type { Redaction } from '../../../../shared/methods-export';
import { reloadRead, useRead } from '../../store/reads';

/**
 * The redactions of a conference on screen, read through the store of reads
 * and refetched when a change event says the conference's turns changed
 * (marking or removing a redaction publishes a "turns" change; so does a
 * correction, which can make a redaction stale).
 */
const REDACTION_TOPICS = ['turns', 'conference', 'conferences'] as const;

/** Refetch now (after this window's own change, without waiting for the event). */
export function reloadRedactions(conferenceId: number): Promise<void> {
  return reloadRead('redaction.list', { conferenceId });
}

const NONE: readonly Redaction[] = Object.freeze([]);

/** The redactions of one turn, kept fresh while the component is mounted. */
export function useTurnRedactions(conferenceId: number, turnId: number): readonly Redaction[] {
  const list = useRead('redaction.list', { conferenceId }, { topics: REDACTION_TOPICS, conferenceId, marksReady: false }).data;
  // a stable empty array when the turn has none, so that rows without redactions do not redraw
  return list ? forTurn(list, turnId) : NONE;
}

const perTurn = new WeakMap<readonly Redaction[], Map<number, readonly Redaction[]>>();

/** The turn's part of a conference's list; the same array for the same list, so memoized rows stay put. */
export function forTurn(list: readonly Redaction[], turnId: number): readonly Redaction[] {
  let index = perTurn.get(list);
  if (!index) {
    index = new Map();
    for (const r of list) {
      const entry = index.get(r.turnId) as Redaction[] | undefined;
      if (entry) entry.push(r);
      else index.set(r.turnId, [r]);
    }
    perTurn.set(list, index);
  }
  return index.get(turnId) ?? NONE;
}
