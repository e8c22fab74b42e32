import { test, expect } from './fixtures';
import { PREPARED_TID as P } from '../src/renderer/src/views/prepared/testids';
import { hezePlan } from './support/heze';
import { seedDraft } from './support/seed';
import { writeBadSheet } from './support/prepared-sheet';
import { workShotPath } from './support/shots';

/**
 * Issue 13, bad input: a spreadsheet without a required column is refused as a
 * whole, naming the column and its sheet; one with a formula and a number where
 * text belongs is previewed with those cells marked by row and column. Nothing is
 * imported in either case (the preview is cancelled), in Chinese and in English.
 */
test('a bad spreadsheet is refused or previewed with its errors by row and column, and nothing is imported', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await goto(`/conference/${seeded.id}/prepared`);

  // no 问题 column: refused before any row is shown, the column named in the moderator's language
  await page.getByTestId(P.importInput).setInputFiles(await writeBadSheet(plan, 'missingColumn'));
  await expect(page.getByTestId(P.importError)).toContainText('工作表“报题”缺少列：问题');
  await expect(page.getByTestId(P.importDialog)).toHaveCount(0);

  // a formula (row 3) and a number for the outlet (row 4): the cells are marked, the other rows are fine
  const badCells = await writeBadSheet(plan, 'badCells');
  await page.getByTestId(P.importInput).setInputFiles(badCells);
  const dialog = page.getByTestId(P.importDialog);
  await expect(dialog.getByTestId(P.importTotals)).toContainText('2 行有错误，不会导入');
  await expect(dialog.getByTestId(P.importRow('questions', 3))).toHaveAttribute('data-errors', '1');
  await expect(dialog.getByTestId(P.importCell('questions', 3, 'question'))).toHaveAttribute('data-error', 'true');
  await expect(dialog.getByTestId(P.importRow('questions', 3))).toContainText('第 3 行“问题”：是公式');
  await expect(dialog.getByTestId(P.importCell('questions', 4, 'outlet'))).toHaveAttribute('data-error', 'true');
  await expect(dialog.getByTestId(P.importRow('questions', 4))).toContainText('第 4 行“媒体”：须为文字，不能是 数字');
  await expect(dialog.getByTestId(P.importRow('questions', 2))).toHaveAttribute('data-errors', '0');
  await expect(dialog.getByTestId(P.importConfirm)).toHaveText('导入 2 行');
  await page.screenshot({ path: workShotPath('prepared-import-errors-zh-1280') });
  await dialog.getByTestId(P.importCancel).click();
  await expect(dialog).toHaveCount(0);
  expect(await api('prepared.list', { conferenceId: seeded.id })).toEqual([]);
  expect(await api('cards.list', { conferenceId: seeded.id })).toEqual([]);

  // the same in English
  await page.getByTestId('lang-switch').selectOption('en');
  await page.getByTestId(P.importInput).setInputFiles(badCells);
  await expect(dialog.getByTestId(P.importRow('questions', 3))).toContainText('Row 3, Question: a formula');
  await expect(dialog.getByTestId(P.importConfirm)).toHaveText('Import 2 rows');
  await page.screenshot({ path: workShotPath('prepared-import-errors-en-1280') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId(P.importInput).setInputFiles(await writeBadSheet(plan, 'missingColumn'));
  await expect(page.getByTestId(P.importError)).toContainText('the sheet “报题” has no column Question');
  expect(await api('prepared.list', { conferenceId: seeded.id })).toEqual([]);
});
