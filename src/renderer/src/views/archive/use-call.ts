import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Topic } from '../../../../shared/events';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/methods';
import { bridge } from '../../api/bridge';
import { markReady } from '../../app/ready';

export interface CallState<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload(): void;
}

/**
 * Calls a read method and keeps its answer current: it is called again when the
 * input changes and when a change event of one of `topics` arrives (no polling).
 * A slower, older answer never overwrites a newer one. `input: null` waits.
 */
export function useCall<M extends MethodName>(method: M, input: MethodInput<M> | null, topics: readonly Topic[]): CallState<MethodOutput<M>> {
  const [state, setState] = useState<{ data: MethodOutput<M> | null; error: AppError | null; answered: string | null }>({
    data: null,
    error: null,
    answered: null
  });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const key = input === null ? null : JSON.stringify(input);
  const topicKey = topics.join(',');

  useEffect(() => {
    if (key === null) {
      markReady(); // nothing to wait for: the page is drawn as it will stay
      return;
    }
    const ticket = ++latest.current;
    void bridge.call(method, JSON.parse(key) as MethodInput<M>).then((result) => {
      markReady();
      if (ticket !== latest.current) return;
      if (result.ok) setState({ data: result.value as MethodOutput<M>, error: null, answered: key });
      else setState((s) => ({ data: s.data, error: result.error, answered: key }));
    });
  }, [method, key, nonce]);

  useEffect(() => {
    const wanted = new Set(topicKey.split(','));
    return bridge.subscribe((event) => {
      if (wanted.has(event.topic)) setNonce((n) => n + 1);
    });
  }, [topicKey]);

  return { data: state.data, error: state.error, loading: key !== null && state.answered !== key, reload: () => setNonce((n) => n + 1) };
}

/** <input type="date"> value ⇄ local midnight in ms; `end` gives the next midnight (ranges are [from, to)). */
export function dayToMs(value: string, end = false): number | null {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (end ? 1 : 0)).getTime();
}

export function msToDay(ms: number | null, end = false): string {
  if (ms === null) return '';
  const d = new Date(end ? ms - 1 : ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Saves text as a file the way a browser downloads one (works in Electron's window too). */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
