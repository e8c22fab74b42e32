import type { TFunction } from 'i18next';

/**
 * The server words a refused cell in English (for logs and scripts); the preview
 * says it in the moderator's language. Known reasons are matched, anything else
 * is shown as the server wrote it.
 */
const CELL_REASONS: [RegExp, string][] = [
  [/formula/i, 'reason.formula'],
  [/must not be empty|required|is empty/i, 'reason.required'],
  [/at most (\d+) characters/i, 'reason.tooLong'],
  [/not on the roster|no participant|unknown (spokesperson|participant)/i, 'reason.unknownPerson'],
  [/yes or no|boolean|true or false/i, 'reason.yesNo'],
  [/no (prepared )?question (row|with)|unknown question|linked question/i, 'reason.unknownLink'],
  [/not (text|a string)|wrong type|a date|a number/i, 'reason.type'],
  [/control characters/i, 'reason.control'],
  [/duplicate|already/i, 'reason.duplicate']
];

export function cellReason(message: string, t: TFunction): string {
  for (const [pattern, key] of CELL_REASONS) {
    const match = pattern.exec(message);
    if (match) return t(`prepared:import.${key}`, { value: match[1] ?? '' });
  }
  return message;
}
