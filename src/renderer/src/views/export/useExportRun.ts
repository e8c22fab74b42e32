import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { MethodInput, MethodOutput } from '../../../../shared/methods';
import type { ExportFormat } from '../../../../shared/schemas-export';
import { request, toAppError } from '../../store/request';
import { saveExport } from './save-download';

export interface ExportRunState {
  /**
   * set while the file is made (a PDF takes about a second, a long DOCX a few
   * tenths), with the step it is at: made by the server (laid out and printed,
   * for a PDF), then saved here
   */
  busy: { format: ExportFormat; startedAt: number; phase: ExportPhase } | null;
  /** how long the running export has taken so far, redrawn a few times a second */
  elapsedMs: number;
  done: { fileName: string; size: number; ms: number } | null;
  error: AppError | null;
}

export type ExportPhase = 'making' | 'saving';

const IDLE: ExportRunState = { busy: null, elapsedMs: 0, done: null, error: null };

/**
 * Makes an export and hands it to the browser's (or Electron's) download.
 * Closing the dialog while it runs abandons the result: nothing is saved
 * that the moderator no longer waits for.
 */
export function useExportRun() {
  const [state, setState] = useState<ExportRunState>(IDLE);
  const runId = useRef(0);

  useEffect(
    () => () => {
      runId.current += 1; // unmounted: a late answer is dropped
    },
    []
  );

  // The elapsed time shown while busy: a display refresh, not a timer anything waits on.
  const startedAt = state.busy?.startedAt ?? null;
  useEffect(() => {
    if (startedAt === null) return;
    const tick = setInterval(() => setState((s) => (s.busy ? { ...s, elapsedMs: performance.now() - s.busy.startedAt } : s)), 100);
    return () => clearInterval(tick);
  }, [startedAt]);

  const run = useCallback(async (input: MethodInput<'transcript.export'>) => {
    const id = ++runId.current;
    const started = performance.now();
    setState({ busy: { format: input.format, startedAt: started, phase: 'making' }, elapsedMs: 0, done: null, error: null });
    let file: MethodOutput<'transcript.export'>;
    try {
      file = await request('transcript.export', input);
    } catch (error) {
      if (id === runId.current) setState({ ...IDLE, error: toAppError(error) });
      return;
    }
    if (id !== runId.current) return;
    setState((s) => (s.busy ? { ...s, busy: { ...s.busy, phase: 'saving' } } : s));
    // the "saving" step is drawn before the decoding of a large file holds the thread
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (id !== runId.current) return;
    try {
      const saved = saveExport(file);
      setState({ ...IDLE, done: { ...saved, ms: performance.now() - started } });
    } catch (error) {
      setState({ ...IDLE, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
    }
  }, []);

  const reset = useCallback(() => setState((s) => (s.busy ? s : IDLE)), []);
  return { ...state, run, reset };
}
