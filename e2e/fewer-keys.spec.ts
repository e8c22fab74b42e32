import { test, expect } from './fixtures';
import enKeys from '../src/renderer/src/i18n/locales/en/keys.json';
import zhKeys from '../src/renderer/src/i18n/locales/zh/keys.json';
import { keyLabel } from '../src/renderer/src/keyboard/keys';
import { SHORTCUTS } from '../src/renderer/src/keyboard/shortcuts';
import { TID, leaveField, paste, playwrightKey, shortcut, type Api } from './support/console';
import { hezePlan } from './support/heze';
import { registerQuestions, runToQa, seedDraft, type Seeded } from './support/seed';
import type { Page } from '@playwright/test';

/**
 * The moderator's flow in fewer keys (issue 15, item 5), by real key presses:
 * the answer box lets go of the focus once an answer is recorded, Ctrl+Enter
 * records and closes, N with a question live offers to close it and call the
 * next, and a key that cannot act says why.
 */

interface Scene {
  seeded: Seeded;
  plan: ReturnType<typeof hezePlan>;
  /** the outlet of each registered question, in queue order */
  outlets: string[];
}

/** In the Q&A with the Heze questions and as many again (the fixture has three), the console open. */
async function liveInQa(rostrum: { api: Api; goto(hash: string): Promise<void> }, extra = 3): Promise<Scene> {
  const plan = hezePlan();
  const seeded = await seedDraft(rostrum.api, plan);
  await runToQa(rostrum.api, plan, seeded);
  await registerQuestions(rostrum.api, plan, seeded);
  const outlets = plan.exchanges.map((e) => e.outlet);
  for (let i = 0; i < extra; i++) {
    const e = plan.exchanges[i % plan.exchanges.length]!;
    const q = await rostrum.api('question.register', { conferenceId: seeded.id, outletId: seeded.outlets.get(e.outlet)!, text: `追加提问 ${i + 1}` });
    seeded.questions.push(q.id);
    outlets.push(e.outlet);
  }
  await rostrum.goto(`/conference/${seeded.id}/live`);
  return { seeded, plan, outlets };
}

async function statusOf(api: Api, scene: Scene, index: number): Promise<string> {
  const detail = await api('conference.get', { id: scene.seeded.id });
  return detail.questions.find((q) => q.id === scene.seeded.questions[index])!.status;
}

async function answersOf(api: Api, scene: Scene, index: number): Promise<string[]> {
  const turns = await api('turn.list', { conferenceId: scene.seeded.id });
  return turns.filter((t) => t.questionId === scene.seeded.questions[index] && t.speakerKind === 'participant').map((t) => t.text);
}

const focusIsOnPage = (page: Page) => page.evaluate(() => document.activeElement === document.body);

/** The number key of the first spokesperson (the console lists spokespeople first, in roster order). */
const FIRST_SPEAKER = '1';

test.describe('the moderator’s flow in fewer keys', () => {
  test('after Enter records an answer, the next single key is a command: N, 1, words, Enter, A', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const scene = await liveInQa(rostrum, 0);
    const answer = scene.plan.exchanges[0]!.answer;

    await shortcut(page, 'callNext');
    await expect(page.getByTestId(TID.liveQuestion)).toContainText(scene.outlets[0]!);
    await page.keyboard.press(FIRST_SPEAKER);
    const box = page.getByTestId(TID.answerText);
    await expect(box).toBeFocused();
    await paste(page, answer);
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
    await expect(box).not.toBeFocused();
    expect(await focusIsOnPage(page)).toBe(true);
    expect(await answersOf(api, scene, 0)).toEqual([answer]);

    // no Esc: A is a command at once
    await shortcut(page, 'answered');
    await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
    expect(await statusOf(api, scene, 0)).toBe('answered');
  });

  test('Ctrl+Enter records the typed answer and closes the question as answered, in one undoable step', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const scene = await liveInQa(rostrum, 0);
    const live = page.getByTestId(TID.liveQuestion);

    await shortcut(page, 'callNext');
    await expect(live).toContainText(scene.outlets[0]!);
    await page.keyboard.press(FIRST_SPEAKER);
    await paste(page, '第一个回答。');
    await shortcut(page, 'recordAndClose');
    await expect(live).toHaveCount(0);
    expect(await statusOf(api, scene, 0)).toBe('answered');
    expect(await answersOf(api, scene, 0)).toEqual(['第一个回答。']);
    await expect(page.getByTestId(TID.live.undo)).toHaveAttribute('title', /并结束本问/);

    // one Ctrl+Z puts back both: the question live again, with no answer
    await shortcut(page, 'undo');
    await expect(live).toContainText(scene.outlets[0]!);
    expect(await statusOf(api, scene, 0)).toBe('live');
    expect(await answersOf(api, scene, 0)).toEqual([]);

    // outside the box (after Esc), Ctrl+Enter still records what was typed, then closes
    await page.keyboard.press(FIRST_SPEAKER);
    await paste(page, '离开回答框后记录。');
    await leaveField(page);
    await shortcut(page, 'recordAndClose');
    await expect(live).toHaveCount(0);
    expect(await answersOf(api, scene, 0)).toEqual(['离开回答框后记录。']);
    expect(await statusOf(api, scene, 0)).toBe('answered');

    // the button does the same, for the mouse
    await shortcut(page, 'callNext');
    await expect(live).toContainText(scene.outlets[1]!);
    await page.getByTestId(TID.answerText).fill('用按钮记录。');
    await page.getByTestId(TID.answerRecordAndClose).click();
    await expect(live).toHaveCount(0);
    expect(await answersOf(api, scene, 1)).toEqual(['用按钮记录。']);
  });

  test('N with a question still live: one confirmation closes it and calls the next; Enter confirms', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const scene = await liveInQa(rostrum, 3);
    const live = page.getByTestId(TID.liveQuestion);
    const dialog = page.getByTestId(TID.closeAndCall.dialog);

    await shortcut(page, 'callNext');
    await expect(live).toContainText(scene.outlets[0]!);
    // nothing recorded: N asks, Enter closes it as answered and calls the next
    await shortcut(page, 'callNext');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(scene.outlets[0]!);
    await expect(page.getByTestId(TID.closeAndCall.answered)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(live).toContainText(scene.outlets[1]!);
    expect([await statusOf(api, scene, 0), await statusOf(api, scene, 1)]).toEqual(['answered', 'live']);
    const afterEnter = await api('conference.get', { id: scene.seeded.id });
    expect(afterEnter.undo?.label).toBe('question.closeAndCall.answered');

    // W in the confirmation: withdrawn
    await shortcut(page, 'callNext');
    await expect(dialog).toBeVisible();
    await shortcut(page, 'withdrawn');
    await expect(live).toContainText(scene.outlets[2]!);
    expect([await statusOf(api, scene, 1), await statusOf(api, scene, 2)]).toEqual(['withdrawn', 'live']);

    // Esc changes nothing
    await shortcut(page, 'callNext');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await statusOf(api, scene, 2)).toBe('live');
    expect(await statusOf(api, scene, 3)).toBe('waiting');

    // words typed and not recorded are not lost: Enter records them, closes, calls
    await page.keyboard.press(FIRST_SPEAKER);
    await paste(page, '尚未记录的回答。');
    await leaveField(page);
    await shortcut(page, 'callNext');
    await expect(dialog).toContainText(/未记录的文字/);
    await page.keyboard.press('Enter');
    await expect(live).toContainText('追加提问 1');
    expect(await answersOf(api, scene, 2)).toEqual(['尚未记录的回答。']);
    expect(await statusOf(api, scene, 2)).toBe('answered');

    // an answered question needs no confirmation: N closes it and calls at once
    await page.keyboard.press(FIRST_SPEAKER);
    await paste(page, '已记录的回答。');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(TID.answerText)).toHaveValue('');
    await shortcut(page, 'callNext');
    await expect(live).toContainText('追加提问 2');
    await expect(dialog).toHaveCount(0);
    expect([await statusOf(api, scene, 3), await statusOf(api, scene, 4)]).toEqual(['answered', 'live']);
  });

  test('a refused key says why, once, briefly, and the shortcut is listed in both languages', async ({ rostrum }) => {
    const { page } = rostrum;
    await page.setViewportSize({ width: 1280, height: 720 });
    await liveInQa(rostrum, 0);
    const notices = page.getByTestId(TID.notice);

    await shortcut(page, 'answered');
    await shortcut(page, 'answered');
    await shortcut(page, 'answered');
    await expect(notices.filter({ hasText: '没有正在回答的提问' })).toHaveCount(1);
    await shortcut(page, 'notReached');
    await expect(notices.filter({ hasText: '先用 J/K 选中一个等候的提问' })).toHaveCount(1);
    // brief: gone within a few seconds, without a click
    await expect(notices).toHaveCount(0, { timeout: 5_000 });

    // the help overlay lists Ctrl+Enter in Chinese and in English
    await shortcut(page, 'help');
    const overlay = page.getByTestId(TID.helpOverlay);
    const label = keyLabel(SHORTCUTS.recordAndClose.keys[0], false);
    await expect(overlay.locator('.help-row', { hasText: zhKeys.actions.recordAndClose })).toContainText(label);
    await page.keyboard.press('Escape');
    await page.getByTestId(TID.langSwitch).selectOption('en');
    await page.getByTestId(TID.langSwitch).blur();
    await shortcut(page, 'help');
    await expect(overlay.locator('.help-row', { hasText: enKeys.actions.recordAndClose })).toContainText(label);
    await page.keyboard.press('Escape');
    await page.keyboard.press(playwrightKey('w'));
    await expect(notices.filter({ hasText: 'No question is live or selected' })).toHaveCount(1);
  });
});
