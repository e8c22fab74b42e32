import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../../../shared/errors';
import type { Redaction } from '../../../../shared/methods-export';
import { bridge } from '../../api/bridge';
import { request, toAppError } from '../../store/request';
import { singleFlight } from '../../store/single-flight';

/**
 * The redactions of the conferences on screen, one list per conference,
 * fetched once and refetched when a change event says the conference's turns
 * changed (marking or removing a redaction publishes a "turns" change; so
 * does a correction, which can make a redaction stale).
 */
interface RedactionState {
  byConference: Record<number, Redaction[] | undefined>;
  failures: Record<number, AppError | undefined>;
}

export const useRedactionStore = create<RedactionState>(() => ({ byConference: {}, failures: {} }));

const load = singleFlight(async (conferenceId: number) => {
  try {
    const list = await request('redaction.list', { conferenceId });
    useRedactionStore.setState((s) => ({
      byConference: { ...s.byConference, [conferenceId]: list },
      failures: { ...s.failures, [conferenceId]: undefined }
    }));
  } catch (error) {
    useRedactionStore.setState((s) => ({ failures: { ...s.failures, [conferenceId]: toAppError(error) } }));
  }
});

/** Conferences whose redactions some component shows, with how many components show them. */
const watched = new Map<number, number>();
let unsubscribe: (() => void) | null = null;

function startListening(): void {
  if (unsubscribe) return;
  unsubscribe = bridge.subscribe((event) => {
    if (event.topic !== 'turns' && event.topic !== 'conference' && event.topic !== 'conferences') return;
    for (const id of watched.keys()) {
      // conferenceId null: a resync after a dropped link, anything may have changed
      if (event.conferenceId === null || event.conferenceId === id) void load(id);
    }
  });
}

function watch(conferenceId: number): () => void {
  watched.set(conferenceId, (watched.get(conferenceId) ?? 0) + 1);
  startListening();
  if (!useRedactionStore.getState().byConference[conferenceId]) void load(conferenceId);
  return () => {
    const count = (watched.get(conferenceId) ?? 1) - 1;
    if (count > 0) watched.set(conferenceId, count);
    else watched.delete(conferenceId);
  };
}

/** Refetch now (after this window's own change, without waiting for the event). */
export function reloadRedactions(conferenceId: number): Promise<void> {
  return load(conferenceId);
}

const NONE: readonly Redaction[] = Object.freeze([]);

/** The redactions of one turn, kept fresh while the component is mounted. */
export function useTurnRedactions(conferenceId: number, turnId: number): readonly Redaction[] {
  useEffect(() => watch(conferenceId), [conferenceId]);
  const list = useRedactionStore((s) => s.byConference[conferenceId]);
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
