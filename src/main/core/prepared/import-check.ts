/**
 * The import's rules, shared by its preview (rows read from the file) and its
 * confirmation (the rows the operator sends back, checked again): which sheet
 * holds what, which header is which column, and what each cell must be.
 */
import { OUTLET_CATEGORIES, type OutletCategory } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import {
  CARD_IMPORT_COLUMNS,
  CARD_IMPORT_REQUIRED,
  QUESTION_IMPORT_COLUMNS,
  QUESTION_IMPORT_REQUIRED,
  type CardImportValues,
  type ImportCellError,
  type ImportCellReason,
  type ImportPreview,
  type ImportRow,
  type PreparedImportValues
} from '../../../shared/prepared';
import { LIMITS } from '../../../shared/schemas';
import { PREPARED_LIMITS } from '../../../shared/schemas-prepared';
import { CARD_HEADERS, CATEGORY_NAMES, normaliseHeader, QUESTION_HEADERS, YES_NO } from './import-columns';
import type { Cell, Sheet } from './spreadsheet';

/** What the rows are checked against: the directory and the conference. */
export interface ImportLookups {
  outletId(name: string): number | null;
  /** a participant of the conference by name or label */
  participantId(name: string): number | null;
  /** an existing prepared question of the conference by its text */
  preparedId(text: string): number | null;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n]/;

const QUESTION_LIMITS: Record<keyof PreparedImportValues, number> = {
  outlet: LIMITS.name,
  reporter: LIMITS.name,
  question: LIMITS.text,
  addressedTo: LIMITS.name,
  topic: PREPARED_LIMITS.topic,
  category: LIMITS.name
};
const CARD_LIMITS: Record<keyof CardImportValues, number> = {
  spokesperson: LIMITS.name,
  topic: PREPARED_LIMITS.topic,
  title: LIMITS.title,
  points: PREPARED_LIMITS.cardText,
  figures: PREPARED_LIMITS.cardText,
  use: PREPARED_LIMITS.cardText,
  avoid: PREPARED_LIMITS.cardText,
  doNotVolunteer: LIMITS.name,
  keywords: PREPARED_LIMITS.keywords,
  linkedQuestions: LIMITS.line
};
/** Columns whose text must fit on one line (names, not prose). */
const ONE_LINE = new Set(['outlet', 'reporter', 'addressedTo', 'topic', 'category', 'spokesperson', 'title', 'doNotVolunteer']);

const cellError = (column: string, reason: ImportCellReason, value: string, message: string): ImportCellError => ({ column, reason, value, message });
const unknownPerson = (column: string, name: string) =>
  cellError(column, 'unknownPerson', name, `no one called “${name}” is on this conference’s roster`);

export const foldText = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The cards sheet: named so, or with a points column and no question column. */
const isCardSheet = (sheet: Sheet) =>
  /card|口径/i.test(sheet.name) || (columnsOf(sheet, CARD_HEADERS).has('points') && !columnsOf(sheet, QUESTION_HEADERS).has('question'));

function columnsOf<K extends string>(sheet: Sheet, headers: Record<K, readonly string[]>): Map<K, number> {
  const found = new Map<K, number>();
  (sheet.rows[0]?.cells ?? []).forEach((cell, index) => {
    const header = normaliseHeader(cell?.value ?? '');
    const key = (Object.keys(headers) as K[]).find((k) => headers[k].includes(header));
    if (key && !found.has(key)) found.set(key, index);
  });
  return found;
}

/** Refuses the file when a required column is missing, naming it with the headers it may have. */
function requireColumns<K extends string>(sheet: Sheet, columns: Map<K, number>, required: readonly K[], headers: Record<K, readonly string[]>) {
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length === 0) return;
  const names = missing.map((c) => `${c} (${headers[c].slice(0, 4).join(' / ')})`).join(', ');
  fail('invalid_input', `The sheet “${sheet.name}” has no column ${names}. The first row must name the columns.`, {
    field: 'data',
    sheet: sheet.name,
    missingColumns: missing
  });
}

/** A row's values by column key, and the errors of cells that are not plain text (formulas, numbers where text belongs). */
function valuesOf<K extends string>(cells: (Cell | undefined)[], columns: Map<K, number>, keys: readonly K[], numeric: ReadonlySet<string>) {
  const values = Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;
  const errors: ImportCellError[] = [];
  for (const key of keys) {
    const index = columns.get(key);
    const cell = index === undefined ? undefined : cells[index];
    if (!cell) continue;
    if (cell.type === 'formula') errors.push(cellError(key, 'formula', '', 'is a formula; formulas are not evaluated: type the value itself'));
    else if (cell.type === 'error') errors.push(cellError(key, 'spreadsheetError', cell.value, `holds a spreadsheet error (${cell.value})`));
    else if (cell.type !== 'text' && !numeric.has(key) && !(cell.type === 'boolean' && key === 'doNotVolunteer')) {
      errors.push(cellError(key, 'type', cell.type, `must be text, not a ${cell.type}`));
    } else values[key] = cell.value;
  }
  return { values, errors };
}

function checkText(key: string, value: string, max: number): ImportCellError[] {
  if (value.length > max) return [cellError(key, 'tooLong', String(max), `must be at most ${max} characters`)];
  if (CONTROL.test(value)) return [cellError(key, 'control', '', 'must not contain control characters')];
  if (ONE_LINE.has(key) && LINE_BREAK.test(value)) return [cellError(key, 'oneLine', '', 'must be on one line')];
  return [];
}

export function categoryOf(value: string): OutletCategory | null {
  const v = value.trim();
  if (v === '') return 'local';
  return CATEGORY_NAMES[v.toLowerCase()] ?? null;
}

/** The errors of one prepared-question row. */
export function checkQuestion(values: PreparedImportValues, lookups: ImportLookups): ImportCellError[] {
  const errors = QUESTION_IMPORT_COLUMNS.flatMap((c) => checkText(c, values[c], QUESTION_LIMITS[c]));
  if (values.question.trim() === '') errors.push(cellError('question', 'required', '', 'must not be empty'));
  if (values.outlet.trim() === '') errors.push(cellError('outlet', 'required', '', 'must not be empty'));
  if (values.addressedTo.trim() !== '' && lookups.participantId(values.addressedTo.trim()) === null) {
    errors.push(unknownPerson('addressedTo', values.addressedTo.trim()));
  }
  if (categoryOf(values.category) === null) {
    errors.push(
      cellError(
        'category',
        'category',
        values.category.trim(),
        `must be one of ${OUTLET_CATEGORIES.join(', ')} (or 中央, 省级, 地方, 港澳台, 境外, 网络)`
      )
    );
  }
  return errors;
}

export type LinkTarget = { row: number } | { preparedId: number };

/** The prepared questions a card's linkedQuestions cell names: row numbers of this import, or a question's text. */
export function linksOf(cell: string, questionRows: ReadonlyMap<number, string>, lookups: ImportLookups): LinkTarget[] | ImportCellError {
  const value = cell.trim();
  if (value === '') return [];
  if (/^[\d\s,，;；、]+$/.test(value)) {
    const rows = value
      .split(/[\s,，;；、]+/)
      .filter(Boolean)
      .map(Number);
    const unknown = rows.find((row) => !questionRows.has(row));
    if (unknown === undefined) return rows.map((row) => ({ row }));
    return cellError('linkedQuestions', 'unknownRow', String(unknown), `row ${unknown} is not an imported question`);
  }
  const text = foldText(value);
  const row = [...questionRows].find(([, t]) => foldText(t) === text)?.[0];
  if (row !== undefined) return [{ row }];
  const preparedId = lookups.preparedId(text);
  if (preparedId !== null) return [{ preparedId }];
  return cellError('linkedQuestions', 'unknownLink', '', 'names no question of this import or of the conference');
}

/** The errors of one card row; `questionRows` are the question rows imported with it (row → text). */
export function checkCard(values: CardImportValues, questionRows: ReadonlyMap<number, string>, lookups: ImportLookups): ImportCellError[] {
  const errors = CARD_IMPORT_COLUMNS.flatMap((c) => checkText(c, values[c], CARD_LIMITS[c]));
  if (values.title.trim() === '') errors.push(cellError('title', 'required', '', 'must not be empty'));
  if (values.spokesperson.trim() !== '' && lookups.participantId(values.spokesperson.trim()) === null) {
    errors.push(unknownPerson('spokesperson', values.spokesperson.trim()));
  }
  if (!(values.doNotVolunteer.trim().toLowerCase() in YES_NO)) {
    errors.push(cellError('doNotVolunteer', 'yesNo', values.doNotVolunteer.trim(), 'must be yes or no (是 / 否)'));
  }
  const links = linksOf(values.linkedQuestions, questionRows, lookups);
  if (!Array.isArray(links)) errors.push(links);
  return errors;
}

/** The preview: every row of the file with its errors; changes nothing. */
export function previewOf(sheets: Sheet[], lookups: ImportLookups): ImportPreview {
  const cardSheet = sheets.find(isCardSheet);
  const questionSheet = sheets.find((s) => s !== cardSheet && s.rows.length > 0);
  if (!questionSheet && !cardSheet) fail('invalid_input', 'The file holds no rows.', { field: 'data' });
  const questions: ImportRow<PreparedImportValues>[] = [];
  if (questionSheet) {
    const columns = columnsOf(questionSheet, QUESTION_HEADERS);
    requireColumns(questionSheet, columns, QUESTION_IMPORT_REQUIRED, QUESTION_HEADERS);
    for (const { row, cells } of questionSheet.rows.slice(1)) {
      if (cells.every((c) => !c || (c.type === 'text' && c.value.trim() === ''))) continue;
      const { values, errors } = valuesOf(cells, columns, QUESTION_IMPORT_COLUMNS, new Set());
      questions.push({
        row,
        values,
        errors: [...errors, ...checkQuestion(values, lookups).filter((e) => !errors.some((x) => x.column === e.column))]
      });
    }
  }
  const questionRows = new Map(questions.filter((q) => q.errors.length === 0).map((q) => [q.row, q.values.question]));
  const cards: ImportRow<CardImportValues>[] = [];
  if (cardSheet) {
    const columns = columnsOf(cardSheet, CARD_HEADERS);
    requireColumns(cardSheet, columns, CARD_IMPORT_REQUIRED, CARD_HEADERS);
    for (const { row, cells } of cardSheet.rows.slice(1)) {
      if (cells.every((c) => !c || (c.type === 'text' && c.value.trim() === ''))) continue;
      const { values, errors } = valuesOf(cells, columns, CARD_IMPORT_COLUMNS, new Set(['figures', 'linkedQuestions']));
      const checked = checkCard(values, questionRows, lookups).filter((e) => !errors.some((x) => x.column === e.column));
      cards.push({ row, values, errors: [...errors, ...checked] });
    }
  }
  const valid = questions.filter((q) => q.errors.length === 0);
  const newOutlets = [...new Set(valid.map((q) => q.values.outlet.trim()).filter((name) => lookups.outletId(name) === null))];
  return {
    questions,
    cards,
    totals: {
      questions: questions.length,
      cards: cards.length,
      rowsWithErrors: [...questions, ...cards].filter((r) => r.errors.length > 0).length,
      newOutlets
    }
  };
}
