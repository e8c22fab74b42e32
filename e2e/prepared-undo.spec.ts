import { test, expect } from './fixtures';
import { PREPARED_TID as P } from '../src/renderer/src/views/prepared/testids';
import { QUESTION_CARD, TID, leaveField, shortcut } from './support/console';
import { hezePlan } from './support/heze';
import { runToQa, seedDraft } from './support/seed';

/**
 * A prepared question taken by mistake: Ctrl+Z takes the registered question out
 * of the queue, and the prepared one is open again, offered again for its outlet
 * and listed again with its Ask button (asked is derived from the queue, so undo
 * needs nothing of its own). Ctrl+Shift+Z registers it again.
 */
test('Ctrl+Z undoes a taken prepared question: it is offered again; Ctrl+Shift+Z takes it again', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  const outlet = plan.exchanges[0]!.outlet;
  const prepared = await api('prepared.create', {
    conferenceId: seeded.id,
    outletId: seeded.outlets.get(outlet)!,
    text: '请介绍一下机关作风建设的情况。'
  });
  await goto(`/conference/${seeded.id}/live`);

  const takeFromForm = async () => {
    await shortcut(page, 'register');
    await page.getByTestId(TID.register.outlet).pressSequentially(outlet);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(P.offer(prepared.id))).toHaveAttribute('data-highlighted', 'true');
    await shortcut(page, 'preparedTake');
    await expect(page.getByTestId(TID.queueWaiting).locator(QUESTION_CARD)).toHaveCount(1);
    await expect(page.getByTestId(TID.queueWaiting).locator(QUESTION_CARD)).toContainText(prepared.text);
  };
  await takeFromForm();
  expect((await api('prepared.list', { conferenceId: seeded.id }))[0]).toMatchObject({ status: 'asked' });

  await leaveField(page);
  await shortcut(page, 'undo');
  await expect(page.getByTestId(TID.queueWaiting).locator(QUESTION_CARD)).toHaveCount(0);
  // offered again for its outlet, and listed again with its button
  await shortcut(page, 'register');
  await page.getByTestId(TID.register.outlet).pressSequentially(outlet);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(P.offer(prepared.id))).toBeVisible();
  await leaveField(page);
  await page.getByTestId(P.sideTab).click();
  await expect(page.getByTestId(P.ask(prepared.id))).toBeVisible();
  expect((await api('prepared.list', { conferenceId: seeded.id }))[0]).toMatchObject({ status: 'open', questionId: null });

  await shortcut(page, 'redo');
  await expect(page.getByTestId(P.ask(prepared.id))).toHaveCount(0);
  expect((await api('conference.get', { id: seeded.id })).questions.map((q) => [q.preparedId, q.status])).toEqual([[prepared.id, 'waiting']]);
});
