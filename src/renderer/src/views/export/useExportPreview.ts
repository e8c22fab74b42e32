import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { bridge } from '../../api/bridge';
import { exportInput, previewFormat, previewLines, type ExportChoices } from './export-options';

export type PreviewState =
  | { state: 'loading' }
  | { state: 'ready'; lines: string[]; more: boolean }
  | { state: 'error'; error: AppError };

/** Waits this long after the last change of an option, so that ticking three boxes asks once, not three times. */
const SETTLE_MS = 150;

/**
 * The first lines of the export as chosen, redrawn when a choice changes.
 * A document format shows its plain text (same lines, same order). The lines
 * shown stay until the new ones arrive (no flicker), and an answer that
 * arrives after a newer choice is dropped.
 */
export function useExportPreview(conferenceId: number, choices: ExportChoices, enabled: boolean): PreviewState {
  const [preview, setPreview] = useState<PreviewState>({ state: 'loading' });
  const format = previewFormat(choices.format);
  // a preview stays on the moderator's screen: it is not a file that could be published before an embargo
  const input = JSON.stringify({ ...exportInput(conferenceId, choices, format), confirmEmbargo: true });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      void bridge.call('transcript.export', JSON.parse(input)).then((result) => {
        if (!current) return;
        if (!result.ok) setPreview({ state: 'error', error: result.error });
        else setPreview({ state: 'ready', ...previewLines(result.value.content) });
      });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, enabled]);

  return preview;
}
