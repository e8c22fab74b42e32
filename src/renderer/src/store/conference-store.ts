import { useEffect } from 'react';
import { create } from 'zustand';
import type {
  Conference,
  ConferenceDetail,
  ConferenceSummary,
  Participant,
  Question,
  RestoredRows,
  Segment,
  Turn,
  UndoResult
} from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { ChangedRows } from '../../../shared/events';
import type { AnswerStore } from '../../../shared/method-spec';
import { specOf, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/methods';
import { markReady } from '../app/ready';
import { reconcileList, reconcileValue, upsert } from './reconcile';
import { ownWrite } from './own-writes';
import { request, toAppError } from './request';
import { singleFlight } from './single-flight';
import { addRefetch, applyChangedRows, type DetailRefetch } from './detail-rows';

/**
 * What the console shows of the database: the conference list, and for each
 * open conference its detail (roster, agenda, queue, undo state) and its turns.
 * Data comes in through `request` and is refreshed by change events (store/sync.ts).
 */
interface ConferenceState {
  list: ConferenceSummary[] | null;
  listError: AppError | null;
  details: Record<number, ConferenceDetail | undefined>;
  turns: Record<number, Turn[] | undefined>;
  failures: Record<number, AppError | undefined>;
}

export const useConferenceStore = create<ConferenceState>(() => ({
  list: null,
  listError: null,
  details: {},
  turns: {},
  failures: {}
}));

const set = useConferenceStore.setState;
const get = useConferenceStore.getState;

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) => a.position - b.position || a.id - b.id;
const bySeq = (a: Turn, b: Turn) => a.seq - b.seq;

function mergeDetail(prev: ConferenceDetail | undefined, next: ConferenceDetail): ConferenceDetail {
  if (!prev) return next;
  const merged: ConferenceDetail = {
    conference: reconcileValue(prev.conference, next.conference),
    participants: reconcileList(prev.participants, next.participants),
    segments: reconcileList(prev.segments, next.segments),
    questions: reconcileList(prev.questions, next.questions),
    outlets: reconcileList(prev.outlets, next.outlets),
    extensions: reconcileList(prev.extensions, next.extensions),
    writtenReplies: reconcileList(prev.writtenReplies, next.writtenReplies),
    undo: reconcileValue(prev.undo, next.undo),
    redo: reconcileValue(prev.redo, next.redo),
    serverNow: prev.serverNow
  };
  const keys = Object.keys(merged) as (keyof ConferenceDetail)[];
  return keys.every((key) => key === 'serverNow' || merged[key] === prev[key]) ? prev : merged;
}

function patchDetail(conferenceId: number, patch: (detail: ConferenceDetail) => Partial<ConferenceDetail>): void {
  const detail = get().details[conferenceId];
  if (!detail) return;
  set({ details: { ...get().details, [conferenceId]: { ...detail, ...patch(detail) } } });
}

/**
 * A conference's detail is fetched through one queue per conference: the whole
 * of it (conference.get: first load, a resync, a roster edit), or only the rows
 * change events named (conference.rows: every live action), so a keypress in a
 * 10,000-question conference fetches a few rows, not the queue. One fetch runs
 * at a time, and each reads the database as it is then, so answers are applied
 * in order and a later one is never older. What arrives meanwhile goes in the next.
 */
interface DetailQueue {
  pending: DetailRefetch | null;
  next: Promise<void> | null;
  chain: Promise<void>;
}
const detailQueues = new Map<number, DetailQueue>();

async function fetchDetail(id: number, which: DetailRefetch): Promise<void> {
  try {
    const loaded = get().details[id];
    if (which === 'all' || !loaded) {
      const detail = await request('conference.get', { id });
      set({ details: { ...get().details, [id]: mergeDetail(get().details[id], detail) } });
    } else {
      const rows = await request('conference.rows', {
        conferenceId: id,
        questionIds: [...which.questions],
        segmentIds: [...which.segments],
        extensionIds: [...which.extensions]
      });
      const current = get().details[id];
      if (current) set({ details: { ...get().details, [id]: applyChangedRows(current, which, rows) } });
    }
    if (get().failures[id]) set({ failures: { ...get().failures, [id]: undefined } });
  } catch (error) {
    set({ failures: { ...get().failures, [id]: toAppError(error) } });
  } finally {
    markReady();
  }
}

function queueDetail(id: number, what: 'all' | ChangedRows): Promise<void> {
  let queue = detailQueues.get(id);
  if (!queue) detailQueues.set(id, (queue = { pending: null, next: null, chain: Promise.resolve() }));
  const q = queue;
  q.pending = addRefetch(q.pending, what);
  if (!q.next) {
    q.next = q.chain.then(() => {
      const which = q.pending ?? 'all';
      q.pending = null;
      q.next = null;
      return fetchDetail(id, which);
    });
    q.chain = q.next;
  }
  return q.next;
}

/** Fetches the whole detail of a conference; resolves once it is in the store. */
export function loadDetail(id: number): Promise<void> {
  return queueDetail(id, 'all');
}

/** Fetches only the given rows of a loaded conference (all of it if it is not loaded yet). */
export function loadDetailRows(id: number, rows: ChangedRows): Promise<void> {
  return queueDetail(id, rows);
}

/**
 * Turns are refreshed per conference through one queue: a change event names
 * the turns it touched, and only those are fetched and merged, so a new answer
 * in a 2,000-turn conference costs one row, not the whole timeline. Requests
 * that arrive while one runs are merged into the next fetch; "all" wins.
 */
const FULL_REFETCH_ABOVE = 500;
interface TurnQueue {
  pending: Set<number> | 'all' | null;
  next: Promise<void> | null;
  chain: Promise<void>;
}
const turnQueues = new Map<number, TurnQueue>();

async function fetchTurns(conferenceId: number, which: Set<number> | 'all'): Promise<void> {
  try {
    if (which === 'all') {
      const turns = await request('turn.list', { conferenceId });
      set({ turns: { ...get().turns, [conferenceId]: reconcileList(get().turns[conferenceId], turns) } });
      return;
    }
    const fresh = await request('turn.list', { conferenceId, ids: [...which] });
    const current = get().turns[conferenceId];
    if (!current) return;
    // ids the server no longer returns were deleted (or their insertion undone)
    const returned = new Set(fresh.map((turn) => turn.id));
    let next = current.filter((turn) => !which.has(turn.id) || returned.has(turn.id));
    for (const turn of fresh) next = upsert(next, turn, bySeq);
    set({ turns: { ...get().turns, [conferenceId]: next.length === current.length && next.every((t, i) => t === current[i]) ? current : next } });
  } catch (error) {
    set({ failures: { ...get().failures, [conferenceId]: toAppError(error) } });
  }
}

/** Refreshes the given turns of a conference (or all of them); resolves once they are in the store. */
export function loadTurns(conferenceId: number, ids: readonly number[] | 'all' = 'all'): Promise<void> {
  let queue = turnQueues.get(conferenceId);
  if (!queue) turnQueues.set(conferenceId, (queue = { pending: null, next: null, chain: Promise.resolve() }));
  const q = queue;
  if (ids === 'all' || q.pending === 'all') q.pending = 'all';
  else {
    q.pending = new Set([...(q.pending ?? []), ...ids]);
    if (q.pending.size > FULL_REFETCH_ABOVE) q.pending = 'all';
  }
  if (!q.next) {
    q.next = q.chain.then(() => {
      const which = q.pending ?? 'all';
      q.pending = null;
      q.next = null;
      return fetchTurns(conferenceId, which);
    });
    q.chain = q.next;
  }
  return q.next;
}

export const loadList = singleFlight(async (_key: 'all') => {
  try {
    const list = await request('conference.list', {});
    set({ list: reconcileList(get().list ?? undefined, list), listError: null });
  } catch (error) {
    set({ listError: toAppError(error) });
  } finally {
    markReady();
  }
});

/** What an undo or redo put back, applied to the detail and the turns as they are loaded. */
function applyRestored(restored: RestoredRows): void {
  const { conferenceId } = restored;
  const removedQuestions = new Set(restored.removedQuestionIds);
  patchDetail(conferenceId, (d) => ({
    conference: restored.conference ?? d.conference,
    segments: restored.segments.reduce((list, segment) => upsert(list, segment, byPosition), d.segments),
    questions: restored.questions.reduce(
      (list, question) => upsert(list, question, byPosition),
      d.questions.filter((q) => !removedQuestions.has(q.id))
    )
  }));
  const turns = get().turns[conferenceId];
  if (!turns) return;
  const removedTurns = new Set(restored.removedTurnIds);
  const next = restored.turns.reduce(
    (list, turn) => upsert(list, turn, bySeq),
    turns.filter((t) => !removedTurns.has(t.id))
  );
  set({ turns: { ...get().turns, [conferenceId]: next } });
}

function applyQuestions(value: unknown): void {
  const questions = Array.isArray(value) ? (value as Question[]) : [value as Question];
  const first = questions[0];
  if (!first) return;
  patchDetail(first.conferenceId, (d) => ({
    questions: Array.isArray(value) ? reconcileList(d.questions, questions) : upsert(d.questions, first, byPosition)
  }));
}

function applyTurn(value: unknown): void {
  const turn = value as Turn;
  const turns = get().turns[turn.conferenceId];
  if (turns) set({ turns: { ...get().turns, [turn.conferenceId]: upsert(turns, turn, bySeq) } });
}

function applySegment(value: unknown): void {
  const segment = value as Segment;
  patchDetail(segment.conferenceId, (d) => ({ segments: upsert(d.segments, segment, byPosition) }));
}

function applyConference(value: unknown): void {
  const conference = value as Conference;
  patchDetail(conference.id, () => ({ conference }));
}

function applyParticipant(value: unknown): void {
  const participant = value as Participant;
  patchDetail(participant.conferenceId, (d) => ({ participants: upsert(d.participants, participant, byPosition) }));
}

function applyParticipantOrder(value: unknown): void {
  if (!Array.isArray(value) || !value[0]) return;
  patchDetail((value[0] as Participant).conferenceId, (d) => ({ participants: reconcileList(d.participants, value as Participant[]) }));
}

function applySegmentOrder(value: unknown): void {
  if (!Array.isArray(value) || !value[0]) return;
  patchDetail((value[0] as Segment).conferenceId, (d) => ({ segments: reconcileList(d.segments, value as Segment[]) }));
}

/**
 * What a write's answer does to the store, so the screen changes before the
 * change event's refetch lands: the code behind each answer-effect tag of the
 * method spec (`answer` in src/shared/methods*.ts). A method without one
 * leaves the store to the refetch.
 */
const APPLY_ANSWER: Record<AnswerStore, (value: unknown) => void> = {
  question: applyQuestions,
  turn: applyTurn,
  undo: (value) => applyRestored((value as UndoResult).restored),
  conference: applyConference,
  segment: applySegment,
  segmentOrder: applySegmentOrder,
  participant: applyParticipant,
  participantOrder: applyParticipantOrder
};

/** Whether the answer to `method` shows the whole change (its spec's answer effect says so). */
export function answerShowsChange(method: string): boolean {
  return specOf(method)?.answer?.showsChange ?? false;
}

/** Applies what a write answered at once. */
export function applyResult(method: MethodName, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const effect = specOf(method)?.answer;
  if (effect) APPLY_ANSWER[effect.store](value);
}

/** A write from the UI: the call, then its answer applied to the store. Rejects with CallError. */
export function act<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return ownWrite(async () => {
    const value = await request(method, input);
    applyResult(method, value);
    return value;
  });
}

/**
 * Drops every loaded conference, turn list and the conference list, so each
 * view that shows them loads them afresh ("reload this view" after a view failed).
 */
export function forgetLoaded(): void {
  set({ list: null, listError: null, details: {}, turns: {}, failures: {} });
}

export function isDetailLoaded(id: number): boolean {
  return get().details[id] !== undefined;
}

export function loadedConferenceIds(): number[] {
  return Object.keys(get().details).map(Number);
}

export function loadedTurnIds(): number[] {
  return Object.keys(get().turns).map(Number);
}

export function isListLoaded(): boolean {
  return get().list !== null;
}

/** The conference's detail, loaded on first use and kept fresh by change events. */
export function useConferenceDetail(id: number): { detail: ConferenceDetail | undefined; failure: AppError | undefined } {
  const detail = useConferenceStore((s) => s.details[id]);
  const failure = useConferenceStore((s) => s.failures[id]);
  useEffect(() => {
    if (!isDetailLoaded(id)) void loadDetail(id);
    else markReady(); // already in the store: drawn with this commit
  }, [id]);
  return { detail, failure };
}

export function useTurns(id: number): Turn[] | undefined {
  const turns = useConferenceStore((s) => s.turns[id]);
  useEffect(() => {
    if (get().turns[id] === undefined) void loadTurns(id);
  }, [id]);
  return turns;
}

/** How many mounted views show the conference list; while none does, live changes do not refetch it. */
let listViewers = 0;
export function isListOnScreen(): boolean {
  return listViewers > 0;
}

export function useConferenceList(): { list: ConferenceSummary[] | null; error: AppError | null } {
  const list = useConferenceStore((s) => s.list);
  const error = useConferenceStore((s) => s.listError);
  useEffect(() => {
    listViewers += 1;
    // refetched whenever it is shown, so changes made while it was not shown are in it
    void loadList('all');
    return () => {
      listViewers -= 1;
    };
  }, []);
  return { list, error };
}
