import type { ExportFormat } from '../../../../shared/schemas-export';
import type { ExportOption } from './export-options';

/**
 * Stable data-testid values of the export, import and redaction tools (see app/testids.ts for the rest).
 *
 *   exportOpen (the review view's button), exportDialog, format(f) (a radio), option(o) (a checkbox),
 *   audience(a) (a radio), preview (data-state=loading|ready|error), submit, busy (data-elapsed-ms), done, error, close
 *   importOpen (the button), importInput (its file input), importError (data-field), importDialog
 *   redactToggle(turnId), redactPanel, redactText (the turn's text to select in), redactSelected, redactReason, redactSubmit,
 *   redaction(id) (data-stale), redactionRemove(id), redactError
 */
export const EXPORT_TID = {
  exportOpen: 'export-open',
  exportDialog: 'export-dialog',
  format: (format: ExportFormat) => `export-format-${format}`,
  option: (option: ExportOption) => `export-option-${option}`,
  audience: (audience: string) => `export-audience-${audience}`,
  preview: 'export-preview',
  submit: 'export-submit',
  busy: 'export-busy',
  done: 'export-done',
  error: 'export-error',
  close: 'export-close',

  importOpen: 'import-open',
  importInput: 'import-input',
  importError: 'import-error',
  importDialog: 'import-dialog',

  redactToggle: (turnId: number) => `redact-toggle-${turnId}`,
  redactPanel: 'redact-panel',
  redactText: 'redact-text',
  redactSelected: 'redact-selected',
  redactReason: 'redact-reason',
  redactSubmit: 'redact-submit',
  redaction: (id: number) => `redaction-${id}`,
  redactionRemove: (id: number) => `redaction-remove-${id}`,
  redactError: 'redact-error'
} as const;
