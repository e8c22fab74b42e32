import { test, expect } from './fixtures';
import { PREPARED_TID as P } from '../src/renderer/src/views/prepared/testids';
import { TID } from './support/console';
import { hezePlan } from './support/heze';
import { seedDraft } from './support/seed';

/**
 * Issue 13 set-up by hand, with the mouse and a little typing: a prepared question
 * added (its outlet new to the directory, created with it), refused without its
 * text (the field says why, nothing is written), edited, moved, dropped and taken
 * back; an answer card written for a spokesperson, linked to the question, marked
 * "do not volunteer", edited and unlinked. Each read back through the API.
 */
test('prepared questions and answer cards are typed in, edited, reordered, dropped and linked in the Prepared tab', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  const conferenceId = seeded.id;
  const [speaker] = [...seeded.speakers.values()];
  const known = plan.exchanges[0]!.outlet;
  await goto(`/conference/${conferenceId}/prepared`);

  const form = page.locator('.prepared-panel > .pad');
  // refused: no question text; the field says so and nothing is created (not even the new outlet)
  await form.getByTestId(P.form.outlet).fill('鲁网新闻');
  await form.getByTestId(P.form.submit).click();
  await expect(form.getByTestId(TID.fieldError('text'))).toBeVisible();
  expect(await api('prepared.list', { conferenceId })).toEqual([]);
  expect((await api('outlet.list', { limit: 500 })).some((o) => o.name === '鲁网新闻')).toBe(false);

  await form.getByTestId(P.form.reporter).fill('刘记者');
  await form.getByTestId(P.form.addressedTo).selectOption(String(speaker!.id));
  await form.getByTestId(P.form.topic).fill('营商环境');
  await form.getByTestId(P.form.text).fill('请问在优化营商环境方面有哪些新举措？');
  await form.getByTestId(P.form.submit).click();
  await expect(form.getByTestId(P.form.text)).toHaveValue('');
  await form.getByTestId(P.form.outlet).fill(known);
  await form.getByTestId(P.form.text).fill('请介绍一下机关作风建设的情况。');
  await form.getByTestId(P.form.submit).click();
  await expect(page.getByTestId(P.list).locator('[data-status]')).toHaveCount(2);
  let list = await api('prepared.list', { conferenceId });
  expect(list.map((q) => [q.outletName, q.reporterName, q.text, q.addressedToId, q.topic])).toEqual([
    ['鲁网新闻', '刘记者', '请问在优化营商环境方面有哪些新举措？', speaker!.id, '营商环境'],
    // the addressee and topic stay for the next question typed (a batch on one topic), the rest is cleared
    [known, '', '请介绍一下机关作风建设的情况。', speaker!.id, '营商环境']
  ]);
  const [first, second] = list as [(typeof list)[0], (typeof list)[0]];

  // edit in place, move the second up, drop and take back
  await page.getByTestId(P.edit(second.id)).click();
  const editing = page.getByTestId(P.row(second.id));
  await editing.getByTestId(P.form.text).fill('请介绍一下今年机关作风建设的成效。');
  await editing.getByTestId(P.form.submit).click();
  await expect(page.getByTestId(P.row(second.id))).toContainText('今年机关作风建设的成效');
  await page.getByTestId(P.up(second.id)).click();
  await expect(page.getByTestId(P.list).locator('.prepared-row').first()).toHaveAttribute('data-testid', P.row(second.id));
  await page.getByTestId(P.drop(first.id)).click();
  await expect(page.getByTestId(P.row(first.id))).toHaveAttribute('data-status', 'dropped');
  list = await api('prepared.list', { conferenceId });
  expect(list.map((q) => [q.id, q.status])).toEqual([
    [second.id, 'open'],
    [first.id, 'dropped']
  ]);
  await page.getByTestId(P.drop(first.id)).click();
  await expect(page.getByTestId(P.row(first.id))).toHaveAttribute('data-status', 'open');

  // a card for the spokesperson, linked to the first question
  await page.getByTestId(P.cardAdd).click();
  const cardForm = page.locator('.cards-panel .card-form');
  await cardForm.getByTestId(P.cardForm.title).fill('营商环境口径');
  await cardForm.getByTestId(P.cardForm.participant).selectOption(String(speaker!.id));
  await cardForm.getByTestId(P.cardForm.topic).fill('营商环境');
  await cardForm.getByTestId(P.cardForm.points).fill('一、一网通办\n二、减证便民');
  await cardForm.getByTestId(P.cardForm.figures).fill('办理时限压缩 60%');
  await cardForm.getByTestId(P.cardForm.doNotVolunteer).check();
  await cardForm.getByTestId(P.cardForm.links).selectOption([String(first.id)]);
  await cardForm.getByTestId(P.cardForm.submit).click();
  await expect(cardForm).toHaveCount(0);
  let [card] = await api('cards.list', { conferenceId });
  expect(card).toMatchObject({
    title: '营商环境口径',
    participantId: speaker!.id,
    points: '一、一网通办\n二、减证便民',
    doNotVolunteer: true,
    preparedIds: [first.id]
  });
  await expect(page.getByTestId(P.cardRow(card!.id)).locator('.dnv-badge')).toBeVisible();

  // edited: linked to the other question instead
  await page.getByTestId(P.cardEdit(card!.id)).click();
  const cardEdit = page.getByTestId(P.cardRow(card!.id));
  await cardEdit.getByTestId(P.cardForm.links).selectOption([String(second.id)]);
  await cardEdit.getByTestId(P.cardForm.avoid).fill('最好');
  await cardEdit.getByTestId(P.cardForm.submit).click();
  await expect(page.getByTestId(P.cardRow(card!.id)).getByTestId(P.cardForm.submit)).toHaveCount(0);
  [card] = await api('cards.list', { conferenceId });
  expect(card).toMatchObject({ avoidPhrases: '最好', preparedIds: [second.id] });
});
