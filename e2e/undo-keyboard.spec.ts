import { test, expect } from './fixtures';
import zhKeys from '../src/renderer/src/i18n/locales/zh/keys.json';
import { keyLabel } from '../src/renderer/src/keyboard/keys';
import { SHORTCUTS, type ShortcutId } from '../src/renderer/src/keyboard/shortcuts';
import { TID, leaveField, shortcut } from './support/console';
import { hezePlan } from './support/heze';
import { registerQuestions, runToQa, seedDraft, type Seeded } from './support/seed';
import type { Api } from './support/console';

async function liveInQa(rostrum: { api: Api; goto(hash: string): Promise<void> }): Promise<{ seeded: Seeded; plan: ReturnType<typeof hezePlan> }> {
  const plan = hezePlan();
  const seeded = await seedDraft(rostrum.api, plan);
  await runToQa(rostrum.api, plan, seeded);
  await registerQuestions(rostrum.api, plan, seeded);
  await rostrum.goto(`/conference/${seeded.id}/live`);
  return { seeded, plan };
}

test.describe('the keyboard', () => {
  test('Ctrl+Z and Ctrl+Shift+Z undo and redo a call, and say which', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const { seeded, plan } = await liveInQa(rostrum);
    const outlet = plan.exchanges[0]!.outlet;
    const status = async () => (await api('conference.get', { id: seeded.id })).questions[0]!.status;
    const undo = page.getByTestId(TID.live.undo);
    const redo = page.getByTestId(TID.live.redo);

    await shortcut(page, 'callNext');
    await expect(page.getByTestId(TID.liveQuestion)).toContainText(outlet);
    await expect(undo).toHaveAttribute('title', `撤销：叫号 ${outlet}`);
    await expect(undo).toContainText(`撤销：叫号 ${outlet}`);
    expect(await status()).toBe('live');

    await shortcut(page, 'undo');
    await expect(page.getByTestId(TID.notice).filter({ hasText: `已撤销：叫号 ${outlet}` })).toBeVisible();
    await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
    await expect(redo).toHaveAttribute('title', `重做：叫号 ${outlet}`);
    expect(await status()).toBe('waiting');

    for (const which of [0, 1]) {
      // both redo keys: Ctrl+Shift+Z, then (after undoing again) Ctrl+Y
      await shortcut(page, 'redo', which);
      await expect(
        page
          .getByTestId(TID.notice)
          .filter({ hasText: `已重做：叫号 ${outlet}` })
          .first()
      ).toBeVisible();
      await expect(page.getByTestId(TID.liveQuestion)).toContainText(outlet);
      expect(await status()).toBe('live');
      if (which === 0) {
        await shortcut(page, 'undo');
        await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
      }
    }

    // in English the action is named the same way
    await page.getByTestId(TID.langSwitch).selectOption('en');
    await expect(undo).toHaveAttribute('title', `Undo: call ${outlet}`);
    await shortcut(page, 'undo');
    await expect(page.getByTestId(TID.notice).filter({ hasText: `Undone: call ${outlet}` })).toBeVisible();
    await expect(redo).toHaveAttribute('title', `Redo: call ${outlet}`);
  });

  test('typing in a text field never fires a live action', async ({ rostrum }) => {
    const { page, api } = rostrum;
    const { seeded } = await liveInQa(rostrum);
    await api('question.call', { conferenceId: seeded.id }); // so that the answer box is there too
    await expect(page.getByTestId(TID.answerText)).toBeVisible();
    const before = await api('conference.get', { id: seeded.id });
    const turnsBefore = (await api('turn.list', { conferenceId: seeded.id })).length;
    // every bare key of the live console, as a moderator might type them in a word
    const bareKeys = (Object.keys(SHORTCUTS) as ShortcutId[])
      .filter((id) => SHORTCUTS[id].scope !== 'setup' && !('inFields' in SHORTCUTS[id] && SHORTCUTS[id].inFields))
      .flatMap((id) => (SHORTCUTS[id].keys as readonly string[]).filter((k) => k.length === 1))
      .join('');
    expect(bareKeys).toContain('n');

    for (const testId of [TID.register.reporter, TID.register.text, TID.answerText, TID.remarkText]) {
      const field = page.getByTestId(testId);
      await field.click();
      for (const key of ['PageDown', 'PageUp', 'Alt+ArrowUp', 'Alt+ArrowDown']) await page.keyboard.press(key);
      await page.keyboard.type(bareKeys);
      await page.keyboard.press('Shift+E');
      await expect(field).toHaveValue(`${bareKeys}E`);
      await expect(page.getByTestId(TID.helpOverlay)).toHaveCount(0);
      await field.fill('');
    }

    // a command after leaving the field is the first thing that happens: nothing before it did
    await leaveField(page);
    await shortcut(page, 'extendSegment');
    await expect(page.getByTestId(TID.live.header)).toContainText('+ 01:00');
    const after = await api('conference.get', { id: seeded.id });
    expect(after.undo?.label).toBe('live.extend');
    expect(before.undo?.label).toBe('question.call');
    expect(after.extensions).toHaveLength(before.extensions.length + 1);
    expect(after.questions).toEqual(before.questions);
    expect(after.segments.map((s) => [s.id, s.status])).toEqual(before.segments.map((s) => [s.id, s.status]));
    expect(after.conference.lastQuestionId).toBe(before.conference.lastQuestionId);
    expect(await api('turn.list', { conferenceId: seeded.id })).toHaveLength(turnsBefore);
  });

  test('? shows every shortcut with its key', async ({ rostrum }) => {
    const { page } = rostrum;
    await liveInQa(rostrum);
    await shortcut(page, 'help');
    const overlay = page.getByTestId(TID.helpOverlay);
    await expect(overlay).toBeVisible();
    for (const id of Object.keys(SHORTCUTS) as ShortcutId[]) {
      const row = overlay.locator('.help-row', { hasText: zhKeys.actions[id] });
      await expect(row, id).toHaveCount(1);
      await expect(row, id).toContainText(id === 'pickSpeaker' ? '1 … 9' : keyLabel(SHORTCUTS[id].keys[0], false));
    }
    // shortcuts of the page are off while it is open, and Esc closes it
    await shortcut(page, 'callNext');
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);
    await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
    await page.getByTestId(TID.helpButton).click();
    await expect(overlay).toBeVisible();
  });
});
