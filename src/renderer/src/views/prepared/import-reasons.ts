import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/errors';
import type { ImportCellError } from '../../../../shared/prepared';
import { describeError } from '../../i18n/errors';

/**
 * The server words a refused cell or file in English (for logs and scripts), and
 * gives a cell's reason as a key with the value it names; the preview says it in
 * the moderator's language.
 */
export function cellReason(error: Pick<ImportCellError, 'reason' | 'value'>, t: TFunction): string {
  // the kind of a cell (number, date, boolean) is a word of the spreadsheet's, said in the UI's language
  const value = error.reason === 'type' ? t(`prepared:import.cellType.${error.value}`, { defaultValue: error.value }) : error.value;
  return t(`prepared:import.reason.${error.reason}`, { value });
}

/** A whole file refused: known reasons are matched, anything else is said the way every refusal is. */
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
