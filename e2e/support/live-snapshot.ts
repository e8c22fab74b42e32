import { expect, type Page } from '@playwright/test';
import { QUESTION_CARD_ID, TID } from './console';

/** "12:34" or "1:02:03" → seconds. */
export function clockSeconds(clock: string): number {
  return clock
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * What the live console shows that must survive a reload, and its two timers
 * read in one go with the page's clock (so the reading and its instant agree).
 */
export async function liveSnapshot(page: Page) {
  await expect(page.getByTestId(TID.liveQuestion)).toBeVisible();
  const [segment, conference, at] = await page.evaluate(
    ([a, b]) => {
      const read = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return [read(a), read(b), Date.now()] as const;
    },
    [TID.live.timerElapsed, TID.live.conferenceElapsed] as const
  );
  const idsAndStatus = (testId: RegExp) =>
    page.getByTestId(testId).evaluateAll((nodes) =>
      nodes.map((n) => {
        const data = (n as HTMLElement).dataset;
        return `${data.testid}:${data.status ?? ''}`;
      })
    );
  return {
    at,
    timers: { segment: clockSeconds(segment), conference: clockSeconds(conference) },
    state: {
      segmentTitle: await page.getByTestId(TID.live.segmentTitle).textContent(),
      speaker: await page.getByTestId(TID.live.segmentSpeaker).textContent(),
      // the question's outlet, text and answers (not its since-asked timer, which moves)
      liveQuestion: await page.getByTestId(TID.liveQuestion).locator('.lq-outlet, .lq-text, .answers').allTextContents(),
      agenda: await idsAndStatus(/^live-segment-\d+$/),
      queue: await idsAndStatus(QUESTION_CARD_ID),
      undo: await page.getByTestId(TID.live.undo).getAttribute('title'),
      plan: await page.getByTestId(TID.live.conferencePlan).textContent()
    }
  };
}
