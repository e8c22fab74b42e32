import { useEffect, useMemo, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { useRead } from '../../store/reads';
import { exportInput, previewFormat, previewLines, type ExportChoices } from './export-options';

export type PreviewState = { state: 'loading' } | { state: 'ready'; lines: string[]; more: boolean } | { state: 'error'; error: AppError };

/** Waits this long after the last change of an option, so that ticking three boxes asks once, not three times. */
const SETTLE_MS = 150;

/**
 * The first lines of the export as chosen, redrawn when a choice changes (and
 * when the transcript does). A document format shows its plain text (same
 * lines, same order). The lines shown stay until the new ones arrive (no
 * flicker), and an answer that arrives after a newer choice is dropped.
 */
export function useExportPreview(conferenceId: number, choices: ExportChoices, enabled: boolean): PreviewState {
  const format = previewFormat(choices.format);
  // a preview stays on the moderator's screen: it is not a file that could be published before an embargo
  const input = JSON.stringify({ ...exportInput(conferenceId, choices, format), confirmEmbargo: true });
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => setSettled(input), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [input, enabled]);

  const asked = useMemo(() => (enabled && settled !== null ? (JSON.parse(settled) as ReturnType<typeof exportInput>) : null), [enabled, settled]);
  const { data, error } = useRead('transcript.export', asked, { topics: ['turns', 'conference'], conferenceId, marksReady: false });
  return useMemo<PreviewState>(() => {
    if (error) return { state: 'error', error };
    if (!data) return { state: 'loading' };
    return { state: 'ready', ...previewLines(data.content) };
  }, [data, error]);
}
