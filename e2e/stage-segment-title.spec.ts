import { test, expect } from './fixtures';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';

/**
 * The stage's segment title is read from the back of the room: an English "Questions and answers" on a 1024×768
 * stage was cut to "Questions and ans…" while the column had room below. It wraps to two lines instead of being cut.
 */
test('the stage shows the whole segment title of an English agenda at every stage size', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the window sizes are set on a browser page; the Electron window lays out the same renderer');
  const { api } = rostrum;
  const conference = await api('conference.create', { title: 'Quarterly economic briefing', language: 'en', plannedSeconds: 60 * 60 });
  await api('live.start', { conferenceId: conference.id });
  for (let i = 0; i < 3; i++) await api('live.advance', { conferenceId: conference.id });

  const stage = await rostrum.openSecondWindow(`/stage/${conference.id}?lang=en`);
  const title = stage.getByTestId(STAGE_TID.segmentTitle);
  await expect(title).toHaveText('Questions and answers');
  const cut: string[] = [];
  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
    [1080, 1920]
  ] as const) {
    await stage.setViewportSize({ width, height });
    await stage.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const box = await title.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
    if (box.sw > box.cw + 1 || box.sh > box.ch + 1) cut.push(`${width}x${height}: content ${box.sw}×${box.sh} in a ${box.cw}×${box.ch} box`);
    await stage.screenshot({ path: `/tmp/qa-stage-title-${width}x${height}.png` });
  }
  expect(cut).toEqual([]);
});
