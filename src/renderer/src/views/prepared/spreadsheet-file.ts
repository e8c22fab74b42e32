import { IMPORT_MAX_BYTES } from '../../../../shared/prepared';

/**
 * A spreadsheet of prepared questions (and cards) chosen in the file picker,
 * read as bytes for `prepared.importPreview`: the server parses it (exceljs,
 * papaparse) and checks it cell by cell, so the page only refuses what it can
 * see without opening the file — the wrong kind of file, or one too large to send.
 */
export const SPREADSHEET_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** The server's limit (checked again there), so a file too large is refused before it is sent. */
export const MAX_SPREADSHEET_BYTES = IMPORT_MAX_BYTES;

export type SpreadsheetRefusal = 'type' | 'tooLarge' | 'empty';

export class SpreadsheetFileError extends Error {
  constructor(readonly reason: SpreadsheetRefusal) {
    super(reason);
  }
}

/** The bytes as base64, in chunks: String.fromCharCode over a whole file overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function readSpreadsheet(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<{ fileName: string; data: string }> {
  const name = file.name.toLowerCase();
  if (!name.endsWith('.xlsx') && !name.endsWith('.csv')) throw new SpreadsheetFileError('type');
  if (file.size === 0) throw new SpreadsheetFileError('empty');
  if (file.size > MAX_SPREADSHEET_BYTES) throw new SpreadsheetFileError('tooLarge');
  return { fileName: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) };
}
