import { test, expect } from './fixtures';
import { TID, shortcut } from './support/console';
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
