import type { Page } from '@playwright/test';
import { EXPORT_TID } from '../src/renderer/src/views/export/testids';
import { test, expect } from './fixtures';

/**
 * A dialog keeps the keyboard inside it: real Tab and Shift+Tab presses cycle
 * through its controls and never reach the page beneath; Esc closes it and the
 * focus goes back to the button that opened it.
 */

/** Where the focus is: inside the open dialog, or which test id it has outside. */
function focusPlace(page: Page): Promise<{ inDialog: boolean; testId: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return { inDialog: !!active?.closest('dialog[open]'), testId: active?.getAttribute('data-testid') ?? null };
  });
}

test('Tab cycles inside the export dialog, Esc closes it, the focus returns to its opener', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const conference = await api('conference.create', { title: '2024年民生实事新闻发布会', language: 'zh', template: 'standard' });
  const host = await api('person.create', { name: '王主持', organisation: '市政府新闻办' });
  const hostOnRoster = await api('participant.add', { conferenceId: conference.id, personId: host.id, role: 'host' });
  await api('live.start', { conferenceId: conference.id });
  await api('turn.add', {
    conferenceId: conference.id,
    speakerKind: 'participant',
    participantId: hostOnRoster.id,
    text: '各位记者朋友，大家上午好！'
  });
  await api('live.end', { conferenceId: conference.id });
  await goto(`/conference/${conference.id}/review`);

  const opener = page.getByTestId(EXPORT_TID.exportOpen);
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId(EXPORT_TID.exportDialog);
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
  expect((await focusPlace(page)).inDialog).toBe(true);

  // more presses than the dialog has controls: the focus must come round, never leaving it
  const controls = await dialog.locator('button, input, select, textarea, [href]').count();
  expect(controls).toBeGreaterThan(5);
  const seen = new Set<string>();
  for (let i = 0; i < controls + 3; i++) {
    await page.keyboard.press('Tab');
    const place = await focusPlace(page);
    expect(place.inDialog, `after ${i + 1} Tab presses the focus is on ${place.testId}`).toBe(true);
    seen.add(String(place.testId));
  }
  expect(seen.size).toBeGreaterThan(3);
  for (let i = 0; i < controls + 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect((await focusPlace(page)).inDialog, `after ${i + 1} Shift+Tab presses`).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
