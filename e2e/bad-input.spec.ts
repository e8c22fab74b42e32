import { LIMITS } from '../src/shared/schemas';
import { test, expect } from './fixtures';
import { TID } from './support/console';
import { hezePlan } from './support/heze';
import { registerQuestions, runToQa, seedDraft } from './support/seed';

/**
 * Bad input is refused with a reason next to the field, in the UI language,
 * and nothing of it is saved, not even the part that was fine.
 */
const tooLong = (max: number) => '长'.repeat(max + 1);

test.describe('bad input is refused next to its field, and nothing is half-saved', () => {
  test('creating a conference: empty title, over-long title, minutes that are not a number', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const title = page.getByTestId(TID.create.title);
    const submit = page.getByTestId(TID.create.submit);

    await submit.click();
    await expect(page.getByTestId(TID.fieldError('title'))).toHaveText('不能为空');

    await title.fill(tooLong(LIMITS.title));
    await submit.click();
    await expect(page.getByTestId(TID.fieldError('title'))).toHaveText(`太长（最多 ${LIMITS.title} 个字符）`);

    await title.fill('二〇二四年第一场新闻发布会');
    await page.getByTestId(TID.create.plannedMinutes).fill('七十五');
    await submit.click();
    await expect(page.getByTestId(TID.fieldError('plannedSeconds'))).toHaveText('请输入分钟数，如 75');
    await expect(page.getByTestId(TID.fieldError('title'))).toHaveCount(0);

    expect(await api('conference.list', {})).toEqual([]);
    await expect(page).toHaveURL(/#\/$/);
  });

  test('the details form: an empty title refuses the whole save', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const plan = hezePlan();
    const { id } = await seedDraft(api, plan, { outlets: false });
    await rostrum.goto(`/conference/${id}/setup`);

    await page.getByTestId(TID.details.topic).fill('机关党建');
    await page.getByTestId(TID.details.title).fill('   ');
    await page.getByTestId(TID.details.save).click();
    await expect(page.getByTestId(TID.fieldError('title'))).toHaveText('不能为空');

    await page.getByTestId(TID.details.title).fill(plan.title);
    await page.getByTestId(TID.details.source).fill(tooLong(LIMITS.title));
    await page.getByTestId(TID.details.save).click();
    await expect(page.getByTestId(TID.fieldError('header.source'))).toContainText(String(LIMITS.title));
    await expect(page.getByTestId(TID.fieldError('title'))).toHaveCount(0);

    const { conference } = await api('conference.get', { id });
    expect(conference.title).toBe(plan.title);
    expect(conference.topic).toBe(''); // the valid topic went with the refused save
    expect(conference.header.source).toBe(plan.script.header.source);
    // what was typed is kept, so the moderator can correct it
    await expect(page.getByTestId(TID.details.topic)).toHaveValue('机关党建');
  });

  test('the directory: a duplicate person, a duplicate outlet, an empty outlet name', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const plan = hezePlan();
    const { id } = await seedDraft(api, plan);
    await rostrum.goto(`/conference/${id}/setup`);
    const existing = plan.spokespeople[0]!;

    // a person already in the directory: reached by opening the form for another name, then correcting it
    await page.getByTestId(TID.personSearch).fill(`${existing.name}甲`);
    await page.getByRole('option', { name: new RegExp(`${existing.name}甲`) }).click();
    await page.getByTestId(TID.personCreate.name).fill(existing.name);
    await page.getByTestId(TID.personCreate.submit).click();
    await expect(page.getByTestId(TID.fieldError('name'))).toHaveText('名录中已有此项。');
    const people = await api('person.list', { query: existing.name });
    expect(people).toHaveLength(1);
    expect((await api('conference.get', { id })).participants).toHaveLength(plan.spokespeople.length + 1);

    const outlets = page.getByTestId(TID.outlets);
    await page.getByTestId(TID.outletCreate.name).fill(plan.exchanges[0]!.outlet);
    await page.getByTestId(TID.outletCreate.submit).click();
    await expect(outlets.getByTestId(TID.fieldError('name'))).toHaveText('名录中已有此项。');
    await page.getByTestId(TID.outletCreate.name).fill('  ');
    await page.getByTestId(TID.outletCreate.submit).click();
    await expect(outlets.getByTestId(TID.fieldError('name'))).toHaveText('不能为空');
    expect((await api('outlet.list', {})).map((o) => o.name).sort()).toEqual(plan.exchanges.map((e) => e.outlet).sort());
  });

  test('the agenda: planned minutes that are not a number are refused in place', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const plan = hezePlan();
    const seeded = await seedDraft(api, plan, { outlets: false });
    await rostrum.goto(`/conference/${seeded.id}/setup`);
    const minutes = page.getByTestId(TID.segmentMinutes(seeded.segments.qa.id));
    await minutes.fill('很久');
    await minutes.press('Enter');
    // InlineInput's reason has no test id of its own: it is the alert beside the field
    await expect(page.getByTestId(TID.segmentRow(seeded.segments.qa.id)).getByRole('alert')).toHaveText('请输入分钟数，如 75');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect((await api('conference.get', { id: seeded.id })).segments.find((s) => s.kind === 'qa')!.plannedSeconds).toBe(
      seeded.segments.qa.plannedSeconds
    );
  });

  test('live: an over-long reporter name, and an answer with no text', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const plan = hezePlan();
    const seeded = await seedDraft(api, plan);
    await runToQa(api, plan, seeded);
    await rostrum.goto(`/conference/${seeded.id}/live`);
    const questionsBefore = (await api('conference.get', { id: seeded.id })).questions.length;

    await page.getByTestId(TID.register.outlet).fill(plan.exchanges[0]!.outlet);
    await page.getByTestId(TID.register.reporter).fill(tooLong(LIMITS.name));
    await page.getByTestId(TID.register.text).fill(plan.exchanges[0]!.question);
    await page.getByTestId(TID.register.submit).click();
    await expect(page.getByTestId(TID.fieldError('reporterName'))).toContainText(String(LIMITS.name));
    expect((await api('conference.get', { id: seeded.id })).questions).toHaveLength(questionsBefore);
    await expect(page.getByTestId(TID.register.text)).toHaveValue(plan.exchanges[0]!.question);

    await registerQuestions(api, plan, seeded);
    await api('question.call', { conferenceId: seeded.id });
    const turnsBefore = (await api('turn.list', { conferenceId: seeded.id })).length;
    const box = page.getByTestId(TID.answerText);
    await box.fill('   ');
    await expect(page.getByTestId(TID.answerSubmit)).toBeDisabled();
    await box.press('Enter');
    await expect(page.getByTestId(TID.liveQuestion)).toBeVisible();
    expect(await api('turn.list', { conferenceId: seeded.id })).toHaveLength(turnsBefore);
  });

  test('live: a question refused for its reporter does not leave its new outlet behind', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const plan = hezePlan();
    const seeded = await seedDraft(api, plan, { outlets: false });
    await runToQa(api, plan, seeded);
    await rostrum.goto(`/conference/${seeded.id}/live`);

    await page.getByTestId(TID.register.outlet).fill('新来的媒体');
    await page.getByTestId(TID.register.reporter).fill(tooLong(LIMITS.name));
    await page.getByTestId(TID.register.submit).click();
    await expect(page.getByTestId(TID.fieldError('reporterName'))).toBeVisible();
    expect((await api('conference.get', { id: seeded.id })).questions).toEqual([]);
    expect(await api('outlet.list', {})).toEqual([]);
  });
});
