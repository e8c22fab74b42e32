import type { AppError, Result } from '../../../../shared/errors';
import type { MethodInput } from '../../../../shared/methods';

/**
 * The largest file the import reads: the HTTP API takes bodies up to 5 MB,
 * and a three-hour conference's export is well under 2 MB.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The field a refusal names when the file as a whole is wrong (not the server's field names, which are inside it). */
export const FILE_FIELD = 'file';

function refused(message: string, reason: string): { ok: false; error: AppError } {
  return { ok: false, error: { code: 'invalid_input', message, details: { field: FILE_FIELD, reason } } };
}

/**
 * Reads the text of a chosen file as a conference export. What this can
 * refuse here it refuses here (not JSON, too big, not an object); the server
 * checks the rest and names the field (e.g. "conference.title").
 */
export function parseConferenceFile(text: string, size = text.length): Result<MethodInput<'conference.import'>> {
  if (size > MAX_IMPORT_BYTES) return refused(`file: larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`, 'tooLarge');
  if (text.trim() === '') return refused('file: the file is empty.', 'empty');
  let value: unknown;
  try {
    // a byte-order mark is legal at the start of a UTF-8 file, not in JSON
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return refused(`file: not JSON (${error instanceof Error ? error.message : String(error)}).`, 'notJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refused('file: not a Rostrum conference export.', 'notExport');
  }
  // the shape is the server's to check: it answers with the field and the reason
  return { ok: true, value: value as MethodInput<'conference.import'> };
}

/** Only .json files are offered in the picker; anything else dropped in is refused by the parse. */
export const IMPORT_ACCEPT = '.json,application/json';
