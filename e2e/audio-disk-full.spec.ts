import { test, expect } from './fixtures';
import { TID, leaveField, paste, shortcut } from './support/console';
import { endConference } from './support/live-flow';
import { briefing } from './support/record-seed';
import { AUDIO_TID, beepsWavFile, fakeMicrophone, nextBeep } from './support/audio';
import zhAudio from '../src/renderer/src/i18n/locales/zh/audio.json';

/**
 * Issue #12: the data folder's disk fills up mid-conference. A real full disk
 * needs a tiny file system mounted under the server, which this machine's tests
 * cannot do; so the server's own answer to a chunk on a full disk (507,
 * `disk_full`, as test/audio/audio-service.test.ts shows it gives) is played back
 * to the page for a while. What the console does with it is the app's own code:
 * a loud band, the record untouched, and the held chunks saved once there is room.
 */
test.use({ chromiumArgs: fakeMicrophone(beepsWavFile()) });
test.skip(
  ({ target }) => target === 'electron',
  'The answer is replayed on the HTTP transport, which IPC has no hook for; the fake microphone is browser mode too.'
);

test('a full disk is a loud state; the record goes on; once there is room, the audio held meanwhile is saved', async ({ rostrum }) => {
  test.setTimeout(90_000);
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en' });
  await api('audio.settings.update', { conferenceId: b.id, recordAudio: true });
  let full = false;
  let refused = 0;
  await page.route('**/api/audio.segment.append', async (route) => {
    if (!full) return route.fallback();
    refused++;
    const error = { code: 'disk_full', message: 'The disk of the data folder is full: the chunk was not written.' };
    await route.fulfill({ status: 507, contentType: 'application/json', body: JSON.stringify({ ok: false, error }) });
  });
  await goto(`/conference/${b.id}/live`);
  await shortcut(page, 'advance');
  const status = page.getByTestId(AUDIO_TID.status);
  await expect(status).toHaveAttribute('data-status', 'recording');
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).totalBytes).toBeGreaterThan(0)).toPass();

  full = true;
  const banner = page.getByTestId(AUDIO_TID.banner);
  await expect(banner).toHaveAttribute('data-fault', 'diskFull');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(zhAudio.fault.diskFull);
  const during = (await api('audio.state', { conferenceId: b.id })).totalBytes;

  // the record goes on while no audio can be saved
  await shortcut(page, 'remark');
  await paste(page, 'Said while the disk was full.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
  await leaveField(page);
  expect((await api('turn.list', { conferenceId: b.id })).map((t) => t.text)).toContain('Said while the disk was full.');
  await nextBeep(page); // the room goes on for a tone more while nothing is saved
  expect(refused).toBeGreaterThan(0);

  // room again: the band goes, and the chunks held meanwhile reach the disk in order
  full = false;
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(status).toHaveAttribute('data-status', 'recording');
  await expect(async () => expect((await api('audio.state', { conferenceId: b.id })).totalBytes).toBeGreaterThan(during)).toPass();

  await endConference(page);
  const ended = await api('audio.state', { conferenceId: b.id });
  expect(ended.segments).toHaveLength(1);
  // one segment without a hole: its audio covers its wall time (the chunks refused for a while were all saved later)
  const segment = ended.segments[0]!;
  expect(Math.abs(segment.durationMs - (segment.endedAt! - segment.startedAt))).toBeLessThanOrEqual(500);
});
