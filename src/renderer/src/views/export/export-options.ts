import type { MethodInput } from '../../../../shared/methods';
import { EXPORT_FORMATS, type Audience, type ExportFormat } from '../../../../shared/schemas-export';

/** What the moderator chooses in the export dialog. */
export interface ExportChoices {
  format: ExportFormat;
  withTimes: boolean;
  stateEditingStandard: boolean;
  stateCorrections: boolean;
  includeWithdrawn: boolean;
  includeNotReached: boolean;
  audience: Audience;
  /** internal audience only: the answer cards (口径) of each question appended */
  withCards: boolean;
}

export type ExportOption = Exclude<keyof ExportChoices, 'format'>;

export const DEFAULT_CHOICES: ExportChoices = {
  format: 'docx',
  withTimes: false,
  stateEditingStandard: false,
  stateCorrections: false,
  includeWithdrawn: false,
  includeNotReached: false,
  audience: 'public',
  withCards: false
};

/** The formats in the order the dialog offers them: the documents people publish first, then data. */
export const FORMAT_ORDER: readonly ExportFormat[] = ['docx', 'pdf', 'txt', 'md', 'html', 'json', 'srt', 'vtt'];

const DOCUMENT_OPTIONS: readonly ExportOption[] = [
  'withTimes',
  'stateEditingStandard',
  'stateCorrections',
  'includeWithdrawn',
  'includeNotReached',
  'audience',
  'withCards'
];

/**
 * Which options change a format's output. Captions are timed by nature and
 * carry no notes; the JSON export is the complete conference, for import, so
 * nothing is left out of it.
 */
export const OPTIONS_OF: Record<ExportFormat, readonly ExportOption[]> = {
  txt: DOCUMENT_OPTIONS,
  md: DOCUMENT_OPTIONS,
  html: DOCUMENT_OPTIONS,
  pdf: DOCUMENT_OPTIONS,
  docx: DOCUMENT_OPTIONS,
  srt: ['includeWithdrawn', 'includeNotReached', 'audience'],
  vtt: ['includeWithdrawn', 'includeNotReached', 'audience'],
  json: []
};

export function applies(format: ExportFormat, option: ExportOption): boolean {
  return OPTIONS_OF[format].includes(option);
}

/** The call's input: only the options that apply, so that a file never depends on a hidden choice. */
export function exportInput(conferenceId: number, choices: ExportChoices, format = choices.format): MethodInput<'transcript.export'> {
  const input: MethodInput<'transcript.export'> = { conferenceId, format };
  for (const option of OPTIONS_OF[format]) {
    // each option's type matches the input's field of the same name
    (input as Record<string, unknown>)[option] = choices[option];
  }
  return input;
}

/**
 * The format a preview is drawn from. Text formats preview themselves; a
 * document format (DOCX, PDF, HTML) previews as its plain text, which has the
 * same lines in the same order.
 */
export function previewFormat(format: ExportFormat): ExportFormat {
  return format === 'md' || format === 'json' || format === 'srt' || format === 'vtt' ? format : 'txt';
}

/** The first lines of a text, blank lines kept (they separate paragraphs), each line cut to a readable length. */
export function previewLines(text: string, maxLines = 14, maxChars = 160): { lines: string[]; more: boolean } {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  while (all.length && all[all.length - 1] === '') all.pop();
  const lines = all.slice(0, maxLines).map((line) => {
    const chars = [...line];
    return chars.length > maxChars ? chars.slice(0, maxChars).join('') + '…' : line;
  });
  return { lines, more: all.length > maxLines };
}

/**
 * A remembered choice is used only if it is still a valid one (storage can
 * hold anything). The audience is never remembered: every export starts
 * public and without cards, so that the internal text cannot go out by a choice made last week.
 */
export function restoreChoices(stored: unknown): ExportChoices {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_CHOICES };
  const s = stored as Record<string, unknown>;
  const bool = (key: ExportOption) => (typeof s[key] === 'boolean' ? (s[key] as boolean) : (DEFAULT_CHOICES[key] as boolean));
  return {
    format: (EXPORT_FORMATS as readonly unknown[]).includes(s.format) ? (s.format as ExportFormat) : DEFAULT_CHOICES.format,
    withTimes: bool('withTimes'),
    stateEditingStandard: bool('stateEditingStandard'),
    stateCorrections: bool('stateCorrections'),
    includeWithdrawn: bool('includeWithdrawn'),
    includeNotReached: bool('includeNotReached'),
    audience: 'public',
    withCards: false
  };
}
