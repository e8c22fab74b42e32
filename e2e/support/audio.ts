import { expect, type Page } from '@playwright/test';
import { AUDIO_TID } from '../../src/renderer/src/views/audio/testids';

export { AUDIO_TID };
export { beepsWavFile, fakeMicrophone } from './beeps-wav';

/** The level the console's meter shows now (0…1), read from its bar. */
function meterLevel(page: Page): Promise<number> {
  return page.getByTestId(AUDIO_TID.meter).evaluate((meter) => {
    const bar = meter.firstElementChild as HTMLElement | null;
    const match = /scaleX\(([\d.]+)\)/.exec(bar?.style.transform ?? '');
    return match ? Number(match[1]) : 0;
  });
}

/**
 * Waits for the next tone as the console hears it: silence on the meter, then a
 * loud level. The spec acts at the moment a tone starts, as a moderator would
 * type a turn as someone speaks.
 */
export async function nextBeep(page: Page): Promise<void> {
  await beepEnds(page);
  await expect.poll(() => meterLevel(page), { timeout: 10_000, intervals: [20] }).toBeGreaterThan(0.7);
}

/** Waits until the console hears silence: the tone playing now, if any, has ended. */
export async function beepEnds(page: Page): Promise<void> {
  await expect.poll(() => meterLevel(page), { timeout: 10_000, intervals: [20] }).toBeLessThan(0.2);
}

/**
 * Decodes the conference's joined audio in the page and finds where each tone
 * starts: 10 ms windows, an onset where the level rises above −26 dBFS after
 * at least 300 ms of silence. Also answers the decoded duration.
 */
export function analyseJoinedAudio(page: Page, url: string): Promise<{ durationMs: number; onsetsMs: number[] }> {
  return page.evaluate(async (address) => {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`GET ${address}: ${response.status}`);
    const context = new OfflineAudioContext(1, 48_000, 48_000);
    const buffer = await context.decodeAudioData(await response.arrayBuffer());
    const samples = buffer.getChannelData(0);
    const window = Math.round(buffer.sampleRate / 100);
    const onsetsMs: number[] = [];
    let quiet = 0;
    for (let start = 0; start + window <= samples.length; start += window) {
      let sum = 0;
      for (let i = start; i < start + window; i++) sum += samples[i]! * samples[i]!;
      const rms = Math.sqrt(sum / window);
      if (rms > 0.05) {
        if (quiet >= 30) onsetsMs.push((start / buffer.sampleRate) * 1000);
        quiet = 0;
      } else quiet += 1;
    }
    return { durationMs: buffer.duration * 1000, onsetsMs };
  }, url);
}
