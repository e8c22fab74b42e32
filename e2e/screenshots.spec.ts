import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { TID, TURN_ROW_ID } from './support/console';
import { hezePlan } from './support/heze';
import { answerExchange, finish, registerQuestions, runToQa, seedDraft } from './support/seed';
import { shotPath } from './support/shots';
import { restampAsSpoken } from './support/time-travel';

/**
 * The console's views as the README shows them, from the Heze conference: the
 * list, the set-up and the review at 1440×900, and the live console mid-Q&A with
 * a question called, in Chinese and in English, at a laptop's 1280×720. Written
 * to test-results/screenshots, or to docs/screenshots by `npm run screenshots`.
 */
const shoot = (page: Page, name: string) => page.screenshot({ path: shotPath(name), animations: 'disabled', caret: 'hide' });

test('screenshots of the list, set-up, live and review views', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the README screenshots are taken once, in browser mode');
  const { page, api } = rostrum;
  await page.setViewportSize({ width: 1440, height: 900 });
  const plan = hezePlan();

  // an ended conference, a live one half-way through its questions, and a draft being prepared
  const ended = await seedDraft(api, plan);
  await runToQa(api, plan, ended);
  await registerQuestions(api, plan, ended);
  for (const index of plan.exchanges.keys()) await answerExchange(api, plan, ended, index);
  await finish(api, plan, ended);
  restampAsSpoken(rostrum.dataDir, ended.id, Date.now() - 24 * 3600_000);

  const live = await seedDraft(api, plan, { title: `${plan.title}（现场）` });
  await runToQa(api, plan, live);
  await registerQuestions(api, plan, live);
  await answerExchange(api, plan, live, 0);
  await api('question.call', { conferenceId: live.id, id: live.questions[1]! });
  restampAsSpoken(rostrum.dataDir, live.id, Date.now() - 20_000);

  const draft = await seedDraft(api, plan, { title: `${plan.title}（筹备）`, outlets: false });

  await test.step('conference list', async () => {
    await rostrum.goto('/');
    await expect(page.getByTestId(TID.conferenceList).locator('tbody tr')).toHaveCount(3);
    await shoot(page, 'console-list-zh');
  });

  await test.step('set-up', async () => {
    await rostrum.goto(`/conference/${draft.id}/setup`);
    await expect(page.getByTestId(TID.segmentStatement(draft.segments.statement.id))).toHaveValue(plan.statement);
    await shoot(page, 'console-setup-zh');
  });

  await test.step('live, mid-Q&A with a question called, on a laptop', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await rostrum.goto(`/conference/${live.id}/live`);
    await expect(page.getByTestId(TID.liveQuestion)).toContainText(plan.exchanges[1]!.outlet);
    await expect(page.getByTestId(TID.live.timerElapsed)).not.toHaveText('00:00');
    await shoot(page, 'console-live-zh');
    await page.getByTestId(TID.langSwitch).selectOption('en');
    await expect(page.getByTestId(TID.callNext)).toContainText('Call next');
    await page.getByTestId(TID.langSwitch).blur();
    await shoot(page, 'console-live-en');
    await page.getByTestId(TID.langSwitch).selectOption('zh');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await test.step('review', async () => {
    await rostrum.goto(`/conference/${ended.id}/review`);
    await expect(page.getByTestId(TID.timeline).getByTestId(TURN_ROW_ID).first()).toBeVisible();
    await shoot(page, 'console-review-zh');
  });
});
