import { test, expect } from './fixtures';
import { TID, QUESTION_CARD, shortcut } from './support/console';
import { hezePlan } from './support/heze';
import { registerQuestions, runToQa, seedDraft } from './support/seed';

/**
 * Issue 15, item 7, in the browser: after a live action the console fetches
 * the rows the change event named (conference.rows), never the whole
 * conference again; and a queue of thousands draws a bounded number of cards.
 */
test('a call fetches only what changed, and a long queue draws its head and says how many more wait', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  await registerQuestions(api, plan, seeded);
  const outletId = seeded.outlets.get(plan.exchanges[0]!.outlet)!;
  for (let i = 0; i < 150; i++) await api('question.register', { conferenceId: seeded.id, outletId, text: `排队的提问 ${i + 1}` });
  await rostrum.goto(`/conference/${seeded.id}/live`);
  const waiting = page.getByTestId(TID.queueWaiting).locator(QUESTION_CARD);
  await expect(waiting).toHaveCount(100);
  await expect(page.getByTestId(TID.queueHidden)).toHaveText('另有 53 个等候的提问未列出（按 J/K 逐个选中）');

  const fetched: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/(conference\.(?:get|rows))$/.exec(request.url());
    if (match) fetched.push(match[1]!);
  });
  await shortcut(page, 'callNext');
  await expect(page.getByTestId(TID.liveQuestion)).toContainText(plan.exchanges[0]!.outlet);
  await expect(page.getByTestId(TID.queueHidden)).toHaveText('另有 52 个等候的提问未列出（按 J/K 逐个选中）');
  // a second operator's call reaches this console as an event: rows again
  await api('question.call', { conferenceId: seeded.id, closeLive: 'answered' });
  await expect(page.getByTestId(TID.liveQuestion)).toContainText(plan.exchanges[1]!.outlet);
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.filter((m) => m === 'conference.get')).toEqual([]);

  // K from nothing selects the last waiting question: the cards drawn follow it down the queue
  await shortcut(page, 'selectPrevious');
  await expect(page.getByTestId(TID.queueWaiting).locator(`${QUESTION_CARD}[data-selected="true"]`)).toContainText('排队的提问 150');
  await expect(waiting).toHaveCount(100);
});
