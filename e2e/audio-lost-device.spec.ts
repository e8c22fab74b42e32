import { test, expect } from './fixtures';
import { TID, leaveField, paste, shortcut } from './support/console';
import { endConference } from './support/live-flow';
import { briefing } from './support/record-seed';
import { AUDIO_TID, beepsWavFile, fakeMicrophone, nextBeep } from './support/audio';
import zhAudio from '../src/renderer/src/i18n/locales/zh/audio.json';

/**
 * Issue #12: the input lost mid-conference (a USB microphone pulled out, the
 * mixer's cable kicked). Chromium's fake microphone cannot be unplugged, so the
 * test keeps the page's capture tracks (wrapping getUserMedia before the app
 * loads) and ends them as the browser does when a device goes: the track stops
 * and fires 'ended'. What the console does from there is the app's own code.
 */
test.use({ chromiumArgs: fakeMicrophone(beepsWavFile()) });
test.skip(({ target }) => target === 'electron', 'The fake microphone is a Chromium switch of browser mode; the Electron app is driven without one.');

declare global {
  interface Window {
    capturedTracks?: MediaStreamTrack[];
  }
}

test('an input lost mid-conference is a loud state; the audio before it is kept; the record goes on; Try again records anew', async ({ rostrum }) => {
  test.setTimeout(90_000);
  const { page, api, goto } = rostrum;
  await page.addInitScript(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      (window.capturedTracks ??= []).push(...stream.getAudioTracks());
      return stream;
    };
  });
  const b = await briefing(api, { language: 'en' });
  await api('audio.settings.update', { conferenceId: b.id, recordAudio: true });
  await goto(`/conference/${b.id}/live`);
  await shortcut(page, 'advance');
  const status = page.getByTestId(AUDIO_TID.status);
  await expect(status).toHaveAttribute('data-status', 'recording');
  await nextBeep(page);
  // at least one chunk of the room has reached the disk before the input goes
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).totalBytes).toBeGreaterThan(0)).toPass();

  await page.evaluate(() => {
    for (const track of window.capturedTracks ?? []) {
      if (track.readyState !== 'live') continue;
      track.stop(); // stop() alone fires nothing: a device that goes also ends the track
      track.dispatchEvent(new Event('ended'));
    }
  });
  const banner = page.getByTestId(AUDIO_TID.banner);
  await expect(banner).toHaveAttribute('data-fault', 'lostDevice');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(zhAudio.fault.lostDevice);
  await expect(status).toHaveAttribute('data-status', 'fault');
  // the segment is ended on the server with what was recorded: nothing before the loss is dropped
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).recording).toBe(false)).toPass();
  const lost = await api('audio.state', { conferenceId: b.id });
  expect(lost.segments).toHaveLength(1);
  expect(lost.segments[0]!.durationMs).toBeGreaterThan(0);

  // the record goes on by keys while the room is not recorded
  await shortcut(page, 'remark');
  await paste(page, 'Said while the microphone was gone.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
  await leaveField(page);
  expect((await api('turn.list', { conferenceId: b.id })).map((t) => t.text)).toContain('Said while the microphone was gone.');

  // plugged back in: Try again opens the input and records a new segment of the same recording
  await page.getByTestId(AUDIO_TID.retry).click();
  await expect(status).toHaveAttribute('data-status', 'recording');
  await expect(banner).toHaveCount(0);
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).segments).toHaveLength(2)).toPass();

  await endConference(page);
  const ended = await api('audio.state', { conferenceId: b.id });
  expect(ended.recording).toBe(false);
  expect(ended.segments).toHaveLength(2);
});
