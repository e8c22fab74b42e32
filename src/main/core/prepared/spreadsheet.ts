/**
 * Reads the cells of an XLSX or CSV file, synchronously, for the import preview
 * (which runs inside the router's transaction, as every call does).
 *
 * XLSX: the zip is opened with fflate and the sheets' XML read with saxes, a
 * streaming XML parser; exceljs (used by the tests to write real files) reads
 * only asynchronously. A formula is reported as such and never evaluated (its
 * cached result is ignored). CSV: csv-parse; UTF-8, or GB18030 as Excel in
 * Chinese saves it. Either is refused before it is read through when it holds
 * more rows than an import takes.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { fail } from '../../../shared/errors';
import { IMPORT_MAX_ROWS } from '../../../shared/prepared';

export type CellType = 'text' | 'number' | 'boolean' | 'date' | 'error' | 'formula';

export interface Cell {
  /** the text as the file holds it ('' for a formula, which is not evaluated) */
  value: string;
  type: CellType;
}

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it */
  row: number;
  cells: (Cell | undefined)[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** Uncompressed size an XLSX may unpack to: a small file that inflates to more is a zip bomb, not a question list. */
const MAX_UNPACKED = 64 * 1024 * 1024;

const tooManyRows = (sheet: string) =>
  fail('invalid_input', `The sheet “${sheet}” has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows; an import takes at most that many.`, {
    field: 'data',
    maxRows: IMPORT_MAX_ROWS
  });

/** The sheets of the file; its extension says the format. */
export function readSpreadsheet(fileName: string, bytes: Uint8Array): Sheet[] {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'xlsx') return readXlsx(bytes);
  if (extension === 'csv' || extension === 'txt') return [{ name: fileName, rows: readCsv(fileName, bytes) }];
  return fail('invalid_input', 'The file must be an Excel workbook (.xlsx) or a CSV file (.csv).', { field: 'fileName' });
}

function readCsv(name: string, bytes: Uint8Array): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  let records: string[][];
  try {
    // one more than the header and the rows taken: a longer file is refused without reading the rest
    records = parseCsv(text, { bom: true, relax_column_count: true, to: IMPORT_MAX_ROWS + 2, skip_records_with_empty_values: false });
  } catch (error) {
    return fail('invalid_input', `The CSV file cannot be read: ${error instanceof Error ? error.message : String(error)}`, { field: 'data' });
  }
  if (records.length > IMPORT_MAX_ROWS + 1) tooManyRows(name);
  return records.map((cells, i) => ({
    row: i + 1,
    // a cell starting with = is a formula in any spreadsheet the file is opened in: never taken as text
    cells: cells.map((value) => (value.trimStart().startsWith('=') ? { value: '', type: 'formula' } : { value, type: 'text' }))
  }));
}

function readXlsx(bytes: Uint8Array): Sheet[] {
  let files: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name === 'xl/workbook.xml' || file.name === 'xl/_rels/workbook.xml.rels' || file.name === 'xl/sharedStrings.xml';
        const sheet = file.name.startsWith('xl/worksheets/') && file.name.endsWith('.xml');
        if (!wanted && !sheet) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED) throw new Error('it unpacks to more than 64 MB');
        return true;
      }
    });
  } catch (error) {
    return fail('invalid_input', `The file is not a readable Excel workbook: ${error instanceof Error ? error.message : String(error)}`, {
      field: 'data'
    });
  }
  const workbook = files['xl/workbook.xml'];
  if (!workbook) return fail('invalid_input', 'The file is not an Excel workbook (.xlsx): it has no xl/workbook.xml.', { field: 'data' });
  const targets = relationships(files['xl/_rels/workbook.xml.rels']);
  const shared = files['xl/sharedStrings.xml'] ? sharedStrings(strFromU8(files['xl/sharedStrings.xml'])) : [];
  return sheetsOf(strFromU8(workbook)).map(({ name, rid }) => {
    const target = targets.get(rid) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = files[path];
    if (!xml) return fail('invalid_input', `The workbook names a sheet “${name}” it does not hold.`, { field: 'data' });
    const text = strFromU8(xml);
    if (countRows(text, IMPORT_MAX_ROWS + 2) > IMPORT_MAX_ROWS + 1) tooManyRows(name);
    return { name, rows: sheetRows(text, shared) };
  });
}

/** Counts row elements up to `limit`, without parsing: a sheet too long is refused before it is read. */
function countRows(xml: string, limit: number): number {
  const row = /<(?:\w+:)?row[\s>/]/g;
  let count = 0;
  while (count < limit && row.exec(xml)) count++;
  return count;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Runs `xml` through saxes, calling back with local element names. */
function walk(
  xml: string,
  on: { open?: (name: string, attributes: Record<string, string>) => void; close?: (name: string) => void; text?: (text: string) => void }
) {
  const parser = new SaxesParser();
  if (on.open) parser.on('opentag', (tag) => on.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (on.close) parser.on('closetag', (tag) => on.close!(localName(tag.name)));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    fail('invalid_input', `The workbook's XML is broken: ${error instanceof Error ? error.message : String(error)}`, { field: 'data' });
  }
}

function relationships(xml: Uint8Array | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (xml) walk(strFromU8(xml), { open: (name, a) => name === 'Relationship' && a.Id && a.Target && map.set(a.Id, a.Target) });
  return map;
}

function sheetsOf(xml: string): { name: string; rid: string }[] {
  const sheets: { name: string; rid: string }[] = [];
  walk(xml, {
    open: (name, a) => {
      if (name !== 'sheet') return;
      const rid = Object.entries(a).find(([key]) => localName(key) === 'id')?.[1] ?? '';
      sheets.push({ name: a.name ?? '', rid });
    }
  });
  return sheets;
}

/** The shared strings: each <si>'s text runs joined, without phonetic guides (<rPh>). */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inT = false;
  let inPhonetic = false;
  walk(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inT = true;
    },
    close: (name) => {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inT = false;
    },
    text: (text) => {
      if (inT && !inPhonetic) current += text;
    }
  });
  return strings;
}

/** "C12" → 2 (0-based column) */
function columnOf(ref: string | undefined): number | null {
  const letters = /^([A-Z]+)\d+$/i.exec(ref ?? '')?.[1]?.toUpperCase();
  if (!letters) return null;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function sheetRows(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let cell: { column: number; t: string; value: string; formula: boolean } | null = null;
  let reading: 'v' | 't' | null = null;
  walk(xml, {
    open: (name, a) => {
      if (name === 'row') {
        row = { row: Number(a.r) || (rows[rows.length - 1]?.row ?? 0) + 1, cells: [] };
      } else if (name === 'c' && row) {
        cell = { column: columnOf(a.r) ?? row.cells.length, t: a.t ?? 'n', value: '', formula: false };
      } else if (name === 'f' && cell) cell.formula = true;
      else if ((name === 'v' || name === 't') && cell) reading = name;
    },
    close: (name) => {
      if (name === 'v' || name === 't') reading = null;
      else if (name === 'c' && row && cell) {
        row.cells[cell.column] = toCell(cell, shared);
        cell = null;
      } else if (name === 'row' && row) {
        rows.push(row);
        row = null;
      }
    },
    text: (text) => {
      if (cell && reading) cell.value += text;
    }
  });
  return rows;
}

function toCell(raw: { t: string; value: string; formula: boolean }, shared: readonly string[]): Cell {
  if (raw.formula) return { value: '', type: 'formula' };
  switch (raw.t) {
    case 's':
      return { value: shared[Number(raw.value)] ?? '', type: 'text' };
    case 'str':
    case 'inlineStr':
      return { value: raw.value, type: 'text' };
    case 'b':
      return { value: raw.value === '1' ? 'TRUE' : 'FALSE', type: 'boolean' };
    case 'e':
      return { value: raw.value, type: 'error' };
    case 'd':
      return { value: raw.value, type: 'date' };
    default:
      return { value: raw.value, type: raw.value === '' ? 'text' : 'number' };
  }
}
