import { test, expect } from './fixtures';
import { TID, shortcut } from './support/console';
import { heightOf, layoutProblems, type FitTarget } from './support/layout-check';
import { briefing } from './support/record-seed';
import { AUDIO_TID, beepsWavFile, fakeMicrophone } from './support/audio';

/**
 * Issue #12: the recorder in the live header fits the laptop screens (the compact
 * header's one row of actions), in both languages, recording and paused, with the
 * header's own controls still whole and the header no taller than before.
 */
test.use({ chromiumArgs: fakeMicrophone(beepsWavFile()) });
test.skip(({ target }) => target === 'electron', 'The fake microphone is a Chromium switch of browser mode; the Electron app is driven without one.');

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1280x720@125%', width: 1024, height: 576 }
];
const COMPACT_HEADER_MAX = 150;

test('the recorder fits the live header at laptop sizes, in Chinese and English', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'zh' });
  await api('audio.settings.update', { conferenceId: b.id, recordAudio: true });
  await goto(`/conference/${b.id}/live`);
  await shortcut(page, 'advance');
  const status = page.getByTestId(AUDIO_TID.status);
  await expect(status).toHaveAttribute('data-status', 'recording');

  const targets: FitTarget[] = [
    { testId: AUDIO_TID.status, whole: true },
    { testId: AUDIO_TID.meter },
    { testId: AUDIO_TID.pause, whole: true },
    { testId: TID.live.advance, whole: true },
    { testId: TID.live.end, whole: true },
    { testId: TID.live.redo, whole: true }
  ];
  const failures: string[] = [];
  for (const language of ['zh', 'en'] as const) {
    await page.getByTestId(TID.langSwitch).selectOption(language);
    await page.getByTestId(TID.langSwitch).blur();
    for (const state of ['recording', 'paused'] as const) {
      if ((await status.getAttribute('data-status')) !== state) {
        await shortcut(page, 'audioPause');
        await expect(status).toHaveAttribute('data-status', state);
      }
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const problems = await layoutProblems(page, targets);
        const header = await heightOf(page, TID.live.header);
        if (size.height < 800 && header > COMPACT_HEADER_MAX) problems.push(`the header is ${header} px tall (at most ${COMPACT_HEADER_MAX})`);
        failures.push(...problems.map((p) => `${language} ${state} ${size.name}: ${p}`));
      }
    }
  }
  expect(failures).toEqual([]);
});
