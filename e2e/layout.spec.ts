import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { TID, leaveField, shortcut } from './support/console';
import { hezePlan, type HezePlan } from './support/heze';
import { coveredBy, heightOf, layoutProblems, type FitTarget } from './support/layout-check';
import { answerExchange, registerQuestions, runToQa, seedDraft } from './support/seed';
import { README_SHOTS, shotPath, workShotPath } from './support/shots';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';

/**
 * The console and the stage at the screens moderators have, in Chinese and in
 * English, with a long question called and a long answer typed: every control
 * of the Q&A is on screen without scrolling, nothing is cut, nothing scrolls
 * sideways. One page each, resized between sizes.
 *
 * Browser zoom 125 % is emulated as the CSS viewport it leaves on a 1280×720
 * screen: 1024×576 CSS pixels (zoom divides the pixels the page can lay out in).
 */
const CONSOLE_SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1536x864', width: 1536, height: 864 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x720@125%', width: 1024, height: 576 }
];
const STAGE_SIZES = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
  { name: '1080x1920', width: 1080, height: 1920 }
];
/** A header taller than this at a screen under 800 px leaves the Q&A too little room. */
const COMPACT_HEADER_MAX = 150;
const LANGUAGES = ['zh', 'en'] as const;

/** The transcript's own words, joined until they are `length` characters long. */
function textOf(parts: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += parts[i % parts.length]!.replace(/\n/g, '');
  return text.slice(0, length);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('the console and the stage fit every screen, with a long question and a long answer', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the window sizes are set on a browser page; the Electron window lays out the same renderer');
  test.setTimeout(180_000);
  const { page, api } = rostrum;
  const plan: HezePlan = hezePlan();
  const longQuestion = textOf(
    plan.exchanges.map((e) => e.question),
    200
  );
  const longAnswer = textOf(
    plan.exchanges.map((e) => e.answer),
    700
  );

  // in the Q&A: the first exchange answered, the plan's questions waiting, a 200-character question called
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  await api('segment.update', { id: seeded.segments.qa.id, speakerId: seeded.host.id });
  await registerQuestions(api, plan, seeded);
  await answerExchange(api, plan, seeded, 0);
  const first = plan.exchanges[1]!;
  const answerer = seeded.speakers.get(first.answerer)!;
  const called = await api('question.register', {
    conferenceId: seeded.id,
    outletId: seeded.outlets.get(first.outlet)!,
    reporterName: '王晓明',
    text: longQuestion,
    addressedToId: answerer.id
  });
  await api('question.call', { conferenceId: seeded.id, id: called.id });
  // the next in line is long too: the stage's one-line footer shows it
  const [next, second] = [seeded.questions[1]!, seeded.questions[2]!];
  await api('question.update', { id: next, text: textOf(plan.exchanges.map((e) => e.question).reverse(), 120) });

  await rostrum.goto(`/conference/${seeded.id}/live`);
  await expect(page.getByTestId(TID.liveQuestion)).toContainText(longQuestion.slice(0, 20));
  await page.getByTestId(TID.answerText).click();
  await page.keyboard.insertText(longAnswer);
  await expect(page.getByTestId(TID.answerText)).toHaveValue(longAnswer);

  const consoleTargets: FitTarget[] = [
    { testId: TID.live.segmentTitle },
    { testId: TID.live.timerElapsed, whole: true },
    { testId: TID.live.timerRemaining },
    { testId: TID.live.conferenceElapsed, whole: true },
    { testId: TID.live.advance, whole: true },
    { testId: TID.live.end, whole: true },
    { testId: TID.liveQuestionOutlet },
    { testId: TID.closeAnswered, whole: true },
    { testId: TID.closeWrittenReply, whole: true },
    { testId: TID.closeWithdrawn, whole: true },
    { testId: TID.answerSpeaker(answerer.id), whole: true },
    { testId: TID.answerText },
    { testId: TID.answerSubmit, whole: true },
    { testId: TID.callNext, whole: true },
    { testId: TID.questionCard(next) },
    { testId: TID.questionCard(second) }
  ];
  const headerHeights: Record<string, number> = {};
  const failures: string[] = [];
  for (const language of LANGUAGES) {
    await page.getByTestId(TID.langSwitch).selectOption(language);
    await page.getByTestId(TID.langSwitch).blur();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? /^zh/ : /^en/);
    for (const size of CONSOLE_SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await settle(page);
      const problems = await layoutProblems(page, consoleTargets);
      const header = await heightOf(page, TID.live.header);
      headerHeights[`${language} ${size.name}`] = header;
      if (size.height < 800 && header > COMPACT_HEADER_MAX)
        problems.push(`the header is ${header} px tall (at most ${COMPACT_HEADER_MAX} under 800 px)`);
      failures.push(...problems.map((p) => `console ${language} ${size.name}: ${p}`));
      await page.screenshot({ path: workShotPath(`console-${language}-${size.name}`), animations: 'disabled', caret: 'hide' });
    }
  }
  console.log(`[layout] live header heights (px): ${JSON.stringify(headerHeights)}`);

  const stageTargets: FitTarget[] = [
    { testId: STAGE_TID.clock, whole: true },
    { testId: STAGE_TID.expectedEnd, whole: true },
    { testId: STAGE_TID.segmentTitle },
    { testId: STAGE_TID.speaker },
    { testId: STAGE_TID.timer },
    { testId: STAGE_TID.timerDigits, whole: true },
    { testId: STAGE_TID.question },
    { testId: STAGE_TID.questionOutlet },
    { testId: STAGE_TID.questionText },
    { testId: STAGE_TID.next, whole: true }
  ];
  const checkStage = async (stage: Page, label: string, sizes = STAGE_SIZES) => {
    for (const size of sizes) {
      await stage.setViewportSize({ width: size.width, height: size.height });
      await settle(stage);
      const problems = await layoutProblems(stage, stageTargets);
      // the question shrinks to its minimum size and then clamps: its text ends inside its card
      const overflow = await stage.getByTestId(STAGE_TID.questionText).evaluate((el) => {
        const card = el.closest('[data-testid="stage-question"]')!.getBoundingClientRect();
        return Math.round(el.getBoundingClientRect().bottom - card.bottom);
      });
      if (overflow > 0) problems.push(`the question's text runs ${overflow} px below its card`);
      failures.push(...problems.map((p) => `stage ${label} ${size.name}: ${p}`));
      await stage.screenshot({ path: workShotPath(`stage-${label}-${size.name}`), animations: 'disabled' });
    }
  };
  const stages: Page[] = [];
  for (const language of LANGUAGES) {
    const stage = await rostrum.openSecondWindow(`/stage/${seeded.id}?lang=${language}`);
    stages.push(stage);
    await expect(stage.getByTestId(STAGE_TID.questionText)).toContainText(longQuestion.slice(0, 20));
    await checkStage(stage, `${language}-200`);
  }

  // a question of 2,000 characters shrinks, then clamps with an ellipsis, with a long message on the stage too
  const longest = textOf(
    plan.exchanges.map((e) => e.question),
    2000
  );
  await api('question.update', { id: called.id, text: longest });
  const message = await api('stage.message.set', { conferenceId: seeded.id, text: textOf([plan.qaOpening], 60) });
  const stage = stages[0]!;
  await expect(stage.getByTestId(STAGE_TID.questionText)).toContainText(longest.slice(0, 20));
  await expect(stage.getByTestId(STAGE_TID.root)).toHaveAttribute('data-message-id', String(message.id));
  stageTargets.push({ testId: STAGE_TID.message, whole: true });
  await checkStage(stage, 'zh-2000');
  await api('stage.message.clear', { conferenceId: seeded.id });
  if (README_SHOTS) {
    await api('question.update', { id: called.id, text: longQuestion });
    await expect(stage.getByTestId(STAGE_TID.questionText)).toHaveText(longQuestion);
    await stage.setViewportSize({ width: 1024, height: 768 });
    await settle(stage);
    await stage.screenshot({ path: shotPath('stage-long-question-1024x768'), animations: 'disabled' });
  }

  // a notice (here: what Ctrl+Z undid) has a lane of its own and lies over no control and no panel
  await page.bringToFront();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId(TID.answerText).focus();
  await leaveField(page);
  await shortcut(page, 'undo');
  await expect(page.getByTestId(TID.notice).first()).toBeVisible();
  for (const size of [CONSOLE_SIZES[0]!, CONSOLE_SIZES.at(-1)!]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await settle(page);
    failures.push(...(await coveredBy(page, TID.notice)).map((p) => `notice ${size.name}: ${p}`));
    failures.push(...(await layoutProblems(page, [{ testId: TID.notice }])).map((p) => `notice ${size.name}: ${p}`));
    await page.screenshot({ path: workShotPath(`console-notice-${size.name}`), animations: 'disabled', caret: 'hide' });
  }

  expect(failures).toEqual([]);
});
