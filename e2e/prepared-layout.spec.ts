import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { TID } from './support/console';
import { hezePlan } from './support/heze';
import { layoutProblems, type FitTarget } from './support/layout-check';
import { runToQa, seedDraft } from './support/seed';
import { shotPath, workShotPath } from './support/shots';
import { PREPARED_TID as P } from '../src/renderer/src/views/prepared/testids';

/**
 * Issue 13 at the screens it is used on, in Chinese and English, with long texts
 * (a 200-character question, a card of 700 characters marked "do not volunteer"):
 * the console's cards beside the live question at 1280×720 and 1366×768 leave the
 * answer controls on screen; the desk at 1280×800, 1024×768 and a 768×1024
 * portrait tablet shows the time, the question and the do-not-volunteer banner.
 */
const CONSOLE_SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1366x768', width: 1366, height: 768 }
];
const DESK_SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '768x1024', width: 768, height: 1024 }
];

function textOf(parts: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += parts[i % parts.length]!.replace(/\n/g, '');
  return text.slice(0, length);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('cards in the console and the desk view fit laptops and tablets, with long texts, in both languages', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the window sizes are set on browser pages');
  test.setTimeout(120_000);
  const { page, api } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  const e = plan.exchanges[0]!;
  const speaker = seeded.speakers.get(e.answerer)!;
  const longQuestion = textOf(
    plan.exchanges.map((x) => x.question),
    200
  );
  const longPoints = textOf(
    plan.exchanges.map((x) => x.answer),
    700
  );
  const prepared = await api('prepared.create', {
    conferenceId: seeded.id,
    outletId: seeded.outlets.get(e.outlet)!,
    reporterName: '王晓明',
    text: longQuestion,
    addressedToId: speaker.id,
    topic: '作风建设'
  });
  const linked = await api('cards.create', {
    conferenceId: seeded.id,
    participantId: speaker.id,
    topic: '作风建设',
    title: '机关作风建设：成效、举措与下一步安排（口径）',
    points: longPoints,
    figures: '查处问题 126 起，同比下降 18%；通报典型案例 12 起',
    usePhrases: '久久为功、常态长效',
    avoidPhrases: '彻底根治、零容忍之外的绝对化表述',
    doNotVolunteer: true,
    keywords: '作风 纪检 监察',
    preparedIds: [prepared.id]
  });
  await api('cards.create', { conferenceId: seeded.id, participantId: speaker.id, topic: '作风建设', title: '减负数据', points: '文件数量下降三成' });
  const question = await api('prepared.ask', { preparedId: prepared.id });
  await api('question.call', { conferenceId: seeded.id, id: question.id });
  await api('cards.send', { conferenceId: seeded.id, cardId: linked.id });

  await rostrum.goto(`/conference/${seeded.id}/live`);
  await expect(page.getByTestId(P.liveCard(linked.id))).toHaveAttribute('data-reason', 'linked');
  await expect(page.getByTestId(P.deskNow)).toHaveAttribute('data-card-id', String(linked.id));
  const consoleTargets: FitTarget[] = [
    { testId: P.liveCards },
    { testId: P.cardSend(linked.id), whole: true },
    { testId: P.deskClear, whole: true },
    { testId: TID.liveQuestionOutlet },
    { testId: TID.closeAnswered, whole: true },
    { testId: TID.answerSpeaker(speaker.id), whole: true },
    { testId: TID.answerText },
    { testId: TID.answerSubmit, whole: true },
    { testId: TID.answerRecordAndClose, whole: true }
  ];
  const failures: string[] = [];
  for (const language of ['zh', 'en'] as const) {
    await page.getByTestId(TID.langSwitch).selectOption(language);
    await page.getByTestId(TID.langSwitch).blur();
    for (const size of CONSOLE_SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await settle(page);
      failures.push(...(await layoutProblems(page, consoleTargets)).map((p) => `console ${language} ${size.name}: ${p}`));
      await page.screenshot({ path: workShotPath(`prepared-console-${language}-${size.name}`), animations: 'disabled', caret: 'hide' });
      if (language === 'zh' && size.name === '1280x720')
        await page.screenshot({ path: shotPath('console-cards-zh'), animations: 'disabled', caret: 'hide' });
    }
  }

  const desk = await rostrum.openSecondWindow(`/desk/${seeded.id}`);
  await expect(desk.getByTestId(P.deskCard)).toHaveAttribute('data-card-id', String(linked.id));
  const deskTargets: FitTarget[] = [{ testId: P.deskTimer, whole: true }, { testId: P.deskQuestion }, { testId: P.deskDnv, whole: true }];
  for (const language of ['zh', 'en'] as const) {
    await desk.goto(desk.url().replace(/(\?lang=\w+)?$/, `?lang=${language}`));
    await expect(desk.getByTestId(P.deskDnv)).toBeVisible();
    for (const size of DESK_SIZES) {
      await desk.setViewportSize({ width: size.width, height: size.height });
      await settle(desk);
      failures.push(...(await layoutProblems(desk, deskTargets)).map((p) => `desk ${language} ${size.name}: ${p}`));
      await desk.screenshot({ path: workShotPath(`desk-${language}-${size.name}`), animations: 'disabled' });
      if (language === 'zh' && size.name === '1024x768') await desk.screenshot({ path: shotPath('desk-zh-1024x768'), animations: 'disabled' });
    }
  }
  // #/desk without an id follows the live conference
  await desk.goto(desk.url().replace(/#.*$/, '#/desk'));
  await expect(desk.getByTestId(P.deskCard)).toHaveAttribute('data-card-id', String(linked.id));
  // a desk of another spokesperson says a card was sent, without showing it
  const other = [...seeded.speakers.values()].find((p) => p.id !== speaker.id)!;
  await desk.goto(desk.url().replace(/#.*$/, `#/desk/${seeded.id}?spokesperson=${other.id}`));
  await expect(desk.getByTestId(P.deskOther)).toBeVisible();
  await expect(desk.getByTestId(P.deskCard)).toHaveCount(0);

  await page.setViewportSize({ width: 1280, height: 720 });
  await rostrum.goto(`/conference/${seeded.id}/prepared`);
  await expect(page.getByTestId(P.row(prepared.id))).toHaveAttribute('data-status', 'asked');
  for (const language of ['zh', 'en'] as const) {
    await page.getByTestId(TID.langSwitch).selectOption(language);
    await settle(page);
    failures.push(
      ...(await layoutProblems(page, [{ testId: P.row(prepared.id) }, { testId: P.cardRow(linked.id) }])).map((p) => `prepared ${language}: ${p}`)
    );
    await page.screenshot({ path: workShotPath(`prepared-tab-${language}-1280x720`) });
  }
  expect(failures).toEqual([]);
});
