import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../../shared/errors';
import type { Topic } from '../../../shared/events';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/methods';
import { bridge } from '../api/bridge';
import { markReady, markRevision } from '../app/ready';
import { singleFlight } from './single-flight';
import { refetchMoment } from './sync';

/**
 * The renderer's one way to read what is not the open conference's detail or
 * turns (those have their own slices in conference-store.ts, fed the same way):
 * an answer per method and input, kept in this store and refetched when a
 * change event of one of the reader's topics arrives (no polling). A view
 * reads with useRead; writes go through request/act.
 */
interface ReadEntry {
  data: unknown;
  error: AppError | null;
  /** an answer (or a failure) has arrived since the reader asked */
  answered: boolean;
}

export const useReadStore = create<{ entries: Record<string, ReadEntry | undefined> }>(() => ({ entries: {} }));

export interface ReadOptions {
  /** the change events that make the answer stale */
  topics: readonly Topic[];
  /** only events of this conference (and resyncs) make it stale; all events of the topics when unset */
  conferenceId?: number;
  /**
   * A failure of the link (not of the request) keeps the last answer and shows no
   * error: the connection bar already says so (the stage display's picture stays).
   */
  quietNetworkFailures?: boolean;
  /**
   * Whether this read says when the page is drawn (the ready marker the e2e tests
   * wait for): on its answer, or at once with no input. False for a part of a
   * page whose view marks it (a turn's redactions, the export preview). Default true.
   */
  marksReady?: boolean;
}

interface Reader {
  method: MethodName;
  input: unknown;
  options: ReadOptions;
  /** how many mounted components read it */
  count: number;
}

const readers = new Map<string, Reader>();

function isNetworkFailure(error: AppError): boolean {
  return error.code === 'internal' && typeof error.details?.reason === 'string';
}

function setEntry(key: string, patch: (entry: ReadEntry) => ReadEntry): void {
  useReadStore.setState((s) => ({ entries: { ...s.entries, [key]: patch(s.entries[key] ?? { data: null, error: null, answered: false }) } }));
}

/** One fetch per key at a time; a burst of events costs one fetch more, and the last answer is never stale. */
const load = singleFlight(async (key: string) => {
  const reader = readers.get(key);
  if (!reader) return;
  const result = await bridge.call(reader.method, reader.input as MethodInput<MethodName>);
  if (reader.options.marksReady !== false) markReady();
  if (result.ok) setEntry(key, () => ({ data: result.value, error: null, answered: true }));
  else if (reader.options.quietNetworkFailures && isNetworkFailure(result.error)) setEntry(key, (e) => ({ ...e, answered: true }));
  else setEntry(key, (e) => ({ data: e.data, error: result.error, answered: true }));
});

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  bridge.subscribe((event) => {
    const stale = [...readers].filter(([, { options }]) => {
      if (!options.topics.includes(event.topic)) return false;
      return options.conferenceId === undefined || event.conferenceId === null || event.conferenceId === options.conferenceId;
    });
    if (stale.length === 0) return;
    void refetchMoment(event)
      .then(() => Promise.all(stale.map(([key]) => load(key))))
      .then(() => markRevision(event.revision));
  });
}

function watch(key: string, reader: Omit<Reader, 'count'>): () => void {
  const known = readers.get(key);
  readers.set(key, { ...reader, count: (known?.count ?? 0) + 1 });
  listen();
  // asked when the first reader mounts (what changed while nobody showed it is then in the answer);
  // while one is mounted, change events keep it fresh
  if (!known) void load(key);
  return () => {
    const current = readers.get(key);
    if (current && current.count > 1) readers.set(key, { ...current, count: current.count - 1 });
    else readers.delete(key);
  };
}

export interface ReadState<T> {
  /** the last answer (kept while a newer one is on its way), or null before the first */
  data: T | null;
  error: AppError | null;
  /** asked, and not answered yet */
  loading: boolean;
  reload(): void;
}

/**
 * Reads `method` with `input` and keeps the answer current while mounted.
 * `input: null` waits (nothing is asked, and the page counts as drawn).
 */
export function useRead<M extends MethodName>(method: M, input: MethodInput<M> | null, options: ReadOptions): ReadState<MethodOutput<M>> {
  const key = input === null ? null : `${method} ${JSON.stringify(input)}`;
  const topics = options.topics.join(',');
  const { conferenceId, quietNetworkFailures, marksReady = true } = options;
  useEffect(() => {
    if (key === null) {
      if (marksReady) markReady(); // nothing to wait for: the page is drawn as it will stay
      return;
    }
    const parsed = JSON.parse(key.slice(method.length + 1)) as unknown;
    return watch(key, { method, input: parsed, options: { topics: topics.split(',') as Topic[], conferenceId, quietNetworkFailures, marksReady } });
  }, [key, method, topics, conferenceId, quietNetworkFailures, marksReady]);
  const entry = useReadStore((s) => (key === null ? undefined : s.entries[key]));
  // a new input keeps the last answer on screen until its own arrives (no flicker while typing a search)
  const [previous, setPrevious] = useState<unknown>(null);
  if (entry?.answered && entry.data !== null && entry.data !== previous) setPrevious(entry.data);
  return {
    data: (entry?.answered ? entry.data : previous) as MethodOutput<M> | null,
    error: entry?.error ?? null,
    loading: key !== null && !(entry?.answered ?? false),
    reload: () => key !== null && void load(key)
  };
}

/** Drops every answer; those still shown are asked again at once, the others when next shown. */
export function forgetReads(): void {
  useReadStore.setState({ entries: {} });
  for (const key of readers.keys()) void load(key);
}

/** Asks again now (after this window's own write, without waiting for its change event). */
export function reloadRead<M extends MethodName>(method: M, input: MethodInput<M>): Promise<void> {
  return load(`${method} ${JSON.stringify(input)}`);
}
