import { test, expect } from './fixtures';
import enKeys from '../src/renderer/src/i18n/locales/en/keys.json';
import zhKeys from '../src/renderer/src/i18n/locales/zh/keys.json';
import { keyLabel } from '../src/renderer/src/keyboard/keys';
import { SHORTCUTS } from '../src/renderer/src/keyboard/shortcuts';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';
import { TID, leaveField, shortcut, type Api } from './support/console';
import { hezePlan } from './support/heze';
import { registerQuestions, runToQa, seedDraft } from './support/seed';
import type { Page } from '@playwright/test';

/**
 * Stage messages with a life (issue 15, item 4), on the console and on a stage
 * display open beside it: a set time, the next segment, the end of the
 * conference, and one key that clears, the same everywhere it is named.
 */

async function consoleAndStage(rostrum: { api: Api; page: Page; goto(hash: string): Promise<void>; openSecondWindow(hash?: string): Promise<Page> }) {
  const plan = hezePlan();
  const seeded = await seedDraft(rostrum.api, plan);
  await runToQa(rostrum.api, plan, seeded);
  await registerQuestions(rostrum.api, plan, seeded);
  await rostrum.goto(`/conference/${seeded.id}/live`);
  const stage = await rostrum.openSecondWindow(`/stage/${seeded.id}`);
  return { conferenceId: seeded.id, stage };
}

const stageMessage = (stage: Page) => stage.getByTestId(STAGE_TID.message);
const stageRoot = (stage: Page) => stage.getByTestId(STAGE_TID.root);

test.describe('a stage message’s life', () => {
  test('shown for a set time, it clears itself on the stage and in the console, and a reload keeps its time', async ({ rostrum }) => {
    const { page } = rostrum;
    const { stage } = await consoleAndStage(rostrum);
    const current = page.getByTestId(STAGE_TID.panelCurrent);

    await page.getByTestId(STAGE_TID.panelSeconds).selectOption('10');
    await page.getByTestId(STAGE_TID.panelText).fill('请控制在两分钟内');
    await page.getByTestId(STAGE_TID.panelShow).click();
    await expect(stageMessage(stage)).toHaveText('请控制在两分钟内');
    await expect(current).toContainText('请控制在两分钟内');
    await expect(page.getByTestId(STAGE_TID.panelTimeLeft)).toContainText(/还剩 00:(0\d|10)/);
    const shownAt = Date.now();

    // the stage reloaded mid-way still shows it, and still takes it off at its stored time
    await stage.reload();
    await expect(stageMessage(stage)).toHaveText('请控制在两分钟内');

    await expect(stageRoot(stage)).toHaveAttribute('data-message-id', '', { timeout: 15_000 });
    await expect(current).toHaveAttribute('data-message-id', '');
    await expect(current).toContainText('台上没有消息');
    expect(Date.now() - shownAt).toBeGreaterThan(8_000);
  });

  test('a message for this segment leaves at the next one; every message leaves when the conference ends', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const { conferenceId, stage } = await consoleAndStage(rostrum);
    const current = page.getByTestId(STAGE_TID.panelCurrent);

    await page.getByTestId(STAGE_TID.panelUntilNext).check();
    await page.getByTestId(STAGE_TID.panelPreset('two_more')).click();
    await expect(stageMessage(stage)).toHaveText('还有两个问题');
    await expect(current).toContainText('至本环节结束');
    await shortcut(page, 'advance');
    await expect(stageRoot(stage)).toHaveAttribute('data-message-id', '');
    await expect(current).toContainText('台上没有消息');

    // without the option it stays across segments, until the end
    await page.getByTestId(STAGE_TID.panelUntilNext).uncheck();
    await page.getByTestId(STAGE_TID.panelPreset('be_brief')).click();
    await expect(stageMessage(stage)).toHaveText('请简要回答');
    await api('live.goTo', { id: (await api('conference.get', { id: conferenceId })).segments.find((s) => s.kind === 'qa')!.id });
    await expect(stageMessage(stage)).toHaveText('请简要回答');
    await expect(current).toContainText('请简要回答');

    await leaveField(page);
    await shortcut(page, 'end');
    await page.getByTestId(TID.live.endConfirm).click();
    await expect(stageRoot(stage)).toHaveAttribute('data-status', 'ended');
    await expect(stageRoot(stage)).toHaveAttribute('data-message-id', '');
    await expect(stageMessage(stage)).toHaveCount(0);
    await expect(current).not.toContainText('正在显示');
    await expect(current).toContainText('台上没有消息');
  });

  test('Ctrl+Shift+X clears it from anywhere, and the panel and the overlay name the same key', async ({ rostrum }) => {
    const { page } = rostrum;
    const { stage } = await consoleAndStage(rostrum);
    const label = keyLabel(SHORTCUTS.stageClear.keys[0], false);

    await expect(page.getByTestId(STAGE_TID.panelClear)).toContainText(label);
    await shortcut(page, 'help');
    await expect(page.getByTestId(TID.helpOverlay).locator('.help-row', { hasText: zhKeys.actions.stageClear })).toContainText(label);
    await page.keyboard.press('Escape');

    // from the panel's own field
    await page.getByTestId(STAGE_TID.panelText).fill('请看第三页');
    await page.getByTestId(STAGE_TID.panelText).press('Enter');
    await expect(stageMessage(stage)).toHaveText('请看第三页');
    await shortcut(page, 'stageClear');
    await expect(stageRoot(stage)).toHaveAttribute('data-message-id', '');

    // and from the page, with no field focused
    await page.getByTestId(STAGE_TID.panelPreset('time_up')).click();
    await expect(stageMessage(stage)).toHaveText('时间到');
    await page.getByTestId(STAGE_TID.panelCurrent).click();
    await shortcut(page, 'stageClear');
    await expect(stageRoot(stage)).toHaveAttribute('data-message-id', '');
    await expect(page.getByTestId(STAGE_TID.panelCurrent)).toContainText('台上没有消息');

    // in English the panel says the same key as the overlay
    await page.getByTestId(TID.langSwitch).selectOption('en');
    await page.getByTestId(TID.langSwitch).blur();
    await expect(page.getByTestId(STAGE_TID.panelClear)).toContainText(label);
    await shortcut(page, 'help');
    await expect(page.getByTestId(TID.helpOverlay).locator('.help-row', { hasText: enKeys.actions.stageClear })).toContainText(label);
  });
});
