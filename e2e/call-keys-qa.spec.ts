import { test, expect } from './fixtures';
import { TID, paste, shortcut } from './support/console';
import { briefing } from './support/record-seed';

/**
 * Two things found running a conference by hand at 1366×768, on the way from
 * one question to the next:
 * - N (or Enter) with a question live and nobody waiting offered to "close it
 *   and call the next", a next that does not exist;
 * - Ctrl+Z and Ctrl+Shift+Z with that confirmation open reached the browser's
 *   own undo, which typed the last recorded answer back into the answer box of
 *   the new question, behind the dialog.
 */
async function liveQa(rostrum: Parameters<Parameters<typeof test>[2]>[0]['rostrum'], questions: string[]) {
  const { api, goto } = rostrum;
  const b = await briefing(api, { language: 'zh', timeZone: 'Asia/Shanghai' });
  await api('live.start', { conferenceId: b.id });
  for (let i = 0; i < 3; i++) await api('live.advance', { conferenceId: b.id }); // to the questions
  for (const text of questions) await api('question.register', { conferenceId: b.id, outletId: b.outlet, text });
  await goto(`/conference/${b.id}/live`);
  return b;
}

test('N with a question live and nobody waiting says so, and asks nothing', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const b = await liveQa(rostrum, ['请问今年的就业形势如何？']);
  await shortcut(page, 'callNext');
  await expect(page.getByTestId(TID.liveQuestion)).toBeVisible();
  for (const key of ['callNext', 'callSelected'] as const) {
    await shortcut(page, key);
    await expect(page.getByTestId(TID.notice).last()).toHaveText('没有等候的提问');
    await expect(page.getByTestId(TID.closeAndCall.dialog)).toHaveCount(0);
  }
  const { questions } = await api('conference.get', { id: b.id });
  expect(questions.map((q) => q.status)).toEqual(['live']);
});

test('Ctrl+Z and Ctrl+Shift+Z under the close-and-call question change nothing, and type no old answer back', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const b = await liveQa(rostrum, ['第一个问题？', '第二个问题？', '第三个问题？']);
  await shortcut(page, 'callNext');
  await page.keyboard.press('1');
  const box = page.getByTestId(TID.answerText);
  await expect(box).toBeFocused();
  await paste(page, '第一个回答。');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  // N: the answered question closes and the second is called; N again asks how to close the unanswered second
  await shortcut(page, 'callNext');
  await expect(page.getByTestId(TID.liveQuestion)).toContainText('第二个问题');
  await shortcut(page, 'callNext');
  const dialog = page.getByTestId(TID.closeAndCall.dialog);
  await expect(dialog).toBeVisible();

  await shortcut(page, 'undo');
  await shortcut(page, 'redo');
  await expect(box).toHaveValue('');
  await expect(dialog).toContainText('还没有记录回答');
  await expect(page.getByTestId(TID.closeAndCall.answered)).toBeFocused();
  const { questions } = await api('conference.get', { id: b.id });
  expect(questions.map((q) => q.status)).toEqual(['answered', 'live', 'waiting']);
});
