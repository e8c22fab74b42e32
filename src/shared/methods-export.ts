// The finished transcript: exports, imports and redactions.
import type { Conference } from './domain';
import { method } from './method-spec';
import { inputs } from './schemas';
import { conferenceFile, redactionAddInput, transcriptExportInput } from './schemas-export';

/** A span of a turn's text kept out of the public transcript. */
export interface Redaction {
  id: number;
  turnId: number;
  conferenceId: number;
  /** offsets into the turn's text in UTF-16 code units (JavaScript string indices), end exclusive */
  start: number;
  end: number;
  /** the text the span held when it was marked, so a later correction of the turn cannot move it silently */
  quote: string;
  reason: string;
  createdAt: number;
  /** the turn no longer holds the quote: the redaction hides nothing until it is marked again */
  stale: boolean;
}

/** An exported file, ready to save. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** base64 for binary formats (DOCX, PDF) */
  encoding: 'utf8' | 'base64';
  content: string;
  /**
   * Set for PDF: `content` is the print-ready HTML, to be printed by Chromium
   * (`completeExport` in src/main/core/exports/pdf.ts, or Electron's printToPDF).
   */
  needsPrint?: boolean;
}

export const exportMethods = {
  'transcript.export': method<ExportFile>()(
    transcriptExportInput,
    'read',
    'Export the transcript as txt (the published 实录 layout), md, html, pdf, docx, json (the complete conference, ' +
      're-importable; audience does not apply), srt or vtt. A pdf comes back as print-ready HTML with needsPrint ' +
      'set when called through the router; each transport prints it (its finishing step) and answers base64.',
    { operatorOnly: true, finish: 'printPdf' }
  ),
  'conference.import': method<Conference>()(
    conferenceFile,
    'write',
    'Import a JSON export as a new conference; people and outlets are matched by name or created, every id is new.'
  ),
  'redaction.add': method<Redaction>()(
    redactionAddInput,
    'write',
    'Mark a span of a turn as redacted: public exports print a marker instead, internal ones show it marked.'
  ),
  'redaction.remove': method<{ id: number }>()(inputs.byId, 'write', 'Remove a redaction.'),
  'redaction.list': method<Redaction[]>()(inputs.conferenceRef, 'read', 'The redactions of a conference, in turn order.')
} as const;
