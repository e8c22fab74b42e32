import { test, expect } from './fixtures';
import { TID, leaveField, paste, shortcut } from './support/console';
import { endConference } from './support/live-flow';
import { briefing } from './support/record-seed';
import { AUDIO_TID, beepsWavFile, fakeMicrophone } from './support/audio';
import zhAudio from '../src/renderer/src/i18n/locales/zh/audio.json';

/**
 * Issue #12: a refused microphone. A microphone exists, but the page is not
 * allowed to use it (no fake consent switch, no permission granted). The console
 * shouts, the record goes on untouched, and once allowed, Try again records.
 */
test.use({ chromiumArgs: fakeMicrophone(beepsWavFile(), false) });
test.skip(({ target }) => target === 'electron', 'The fake microphone is a Chromium switch of browser mode; the Electron app is driven without one.');

test('a refused microphone is a loud state; the record still works; allowed, Try again records', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en' });
  await api('audio.settings.update', { conferenceId: b.id, recordAudio: true });
  await goto(`/conference/${b.id}/live`);
  await shortcut(page, 'advance');

  const banner = page.getByTestId(AUDIO_TID.banner);
  await expect(banner).toHaveAttribute('data-fault', 'refused');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(zhAudio.fault.refused); // the console speaks the moderator's language (zh in the suite)
  await expect(page.getByTestId(AUDIO_TID.status)).toHaveAttribute('data-status', 'fault');
  expect((await api('audio.state', { conferenceId: b.id })).segments).toHaveLength(0);

  // the record: a remark by keys, read back
  await shortcut(page, 'remark');
  await paste(page, 'The record goes on without the audio.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
  await leaveField(page);
  expect((await api('turn.list', { conferenceId: b.id })).map((t) => t.text)).toContain('The record goes on without the audio.');

  // the banner stays on every page of the conference
  await page.getByTestId(TID.conferenceTab('review')).click();
  await expect(banner).toHaveAttribute('data-fault', 'refused');
  await page.getByTestId(TID.conferenceTab('live')).click();

  await page.context().grantPermissions(['microphone']);
  await page.getByTestId(AUDIO_TID.retry).click();
  await expect(page.getByTestId(AUDIO_TID.status)).toHaveAttribute('data-status', 'recording');
  await expect(banner).toHaveCount(0);
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).recording).toBe(true)).toPass();

  await endConference(page);
  const state = await api('audio.state', { conferenceId: b.id });
  expect(state.recording).toBe(false);
  expect(state.segments).toHaveLength(1);
});
