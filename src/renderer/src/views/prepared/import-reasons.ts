import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/errors';
import { describeError } from '../../i18n/errors';

/**
 * The server words a refused cell or file in English (for logs and scripts); the
 * preview says it in the moderator's language. Known reasons are matched, anything
 * else is shown as the server wrote it.
 */
const CELL_REASONS: [RegExp, string][] = [
  [/formula/i, 'reason.formula'],
  [/spreadsheet error \(([^)]*)\)/i, 'reason.spreadsheetError'],
  [/must not be empty/i, 'reason.required'],
  [/at most (\d+) characters/i, 'reason.tooLong'],
  [/no one called “(.*)” is on/, 'reason.unknownPerson'],
  [/must be one of/, 'reason.category'],
  [/yes or no/i, 'reason.yesNo'],
  [/row (\d+) is not an imported question/, 'reason.unknownRow'],
  [/names no question/, 'reason.unknownLink'],
  [/must be text, not a (\w+)/, 'reason.type'],
  [/on one line/, 'reason.oneLine'],
  [/control characters/i, 'reason.control']
];

export function cellReason(message: string, t: TFunction): string {
  for (const [pattern, key] of CELL_REASONS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const value = match[1] ?? '';
    // the kind of a cell (number, date, boolean) is a word of the spreadsheet's, said in the UI's language
    return t(`prepared:import.${key}`, { value: key === 'reason.type' ? t(`prepared:import.cellType.${value}`, { defaultValue: value }) : value });
  }
  return message;
}

const FILE_REASONS: [RegExp, string][] = [
  [/more than ([\d,]+) rows/, 'file.tooManyRows'],
  [/larger than (\d+) MB/, 'file.tooLarge'],
  [/is empty/, 'file.empty'],
  [/holds no rows/, 'file.noRows'],
  [/must be an Excel workbook|not an Excel workbook|not a readable Excel|XML is broken|does not hold/, 'file.notSpreadsheet'],
  [/CSV file cannot be read/, 'file.badCsv']
];

/** Why a whole file was refused: a missing column (named, with the sheet), too many rows, not a spreadsheet… */
export function fileRefusal(error: AppError, t: TFunction): string {
  const missing = error.details?.missingColumns;
  if (Array.isArray(missing)) {
    const columns = missing.map((c) => t(`prepared:columns.${String(c)}`, { defaultValue: String(c) })).join(t('prepared:import.listSeparator'));
    return t('prepared:import.file.missingColumns', { sheet: String(error.details?.sheet ?? ''), columns });
  }
  if (error.code === 'invalid_input') {
    for (const [pattern, key] of FILE_REASONS) {
      const match = pattern.exec(error.message);
      if (match) return t(`prepared:import.${key}`, { value: match[1] ?? '' });
    }
  }
  return describeError(error, t).message;
}
