import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/core/chromium';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import { startServer } from '../src/main/server/server';
import { TID } from '../src/renderer/src/app/testids';
import { catchingUpClock, seedConference, type SeededConference } from './console-seed';
import { summarise, type Row } from './stats';

/**
 * Issue 15, item 7: the console's work after one question.call (made by a
 * second operator, so only the console's sync is counted) — the bytes it
 * fetches and the time it spends drawing the change — at 20 questions and at
 * 10,000. Target: the work at 10,000 is no more than twice the work at 20.
 *
 * The time is measured in the page: from the moment the change event arrives
 * on the console's socket (a listener added before the app's own) to the frame
 * after the revision is drawn (requestAnimationFrame once the page marks the
 * revision, then a task, which runs after that frame is painted). So it holds
 * the console's whole work: the event, the conference.rows round trip (the
 * server's reading included), the store's merge, React's render and commit,
 * style, layout and paint. It leaves out the write itself, which is the second
 * operator's, and the bench's own polling (waitForFunction polls per frame,
 * which at 20 questions was a large part of what it measured). The time from
 * the write in this process to the revision seen by that polling is printed
 * alongside, for comparison with earlier runs.
 */
const STATIC_DIR = path.resolve(__dirname, '..', 'out', 'renderer');
const RUNS = 20;
const tid = (id: string) => `[data-testid="${id}"]`;

interface Work {
  ms: number[];
  /** write (in this process) → revision seen by Playwright's polling */
  writeToSeen: number[];
  bytes: number[];
  getBytes: number;
}

/** Notes when each change event arrives on the console's socket, before the app handles it. */
const RECORD_ARRIVALS = `(() => {
  const Native = window.WebSocket;
  window.__changeArrivals = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (message) => {
        const data = typeof message.data === 'string' ? JSON.parse(message.data) : null;
        if (data && data.type === 'change') window.__changeArrivals.push({ revision: data.event.revision, at: performance.now() });
      });
    }
  };
})();`;

interface CostWindow {
  __changeArrivals: { revision: number; at: number }[];
  __changeDrawn?: Promise<number>;
}

/** Arms the page for revision `r`: resolves (in the page) with the ms from r's event arriving to the frame after r is drawn. */
function armDrawn(r: number): void {
  const w = window as unknown as CostWindow;
  w.__changeArrivals = [];
  const root = document.documentElement;
  const reached = () => Number(root.dataset.revision ?? 0) >= r;
  w.__changeDrawn = new Promise<number>((resolve) => {
    const afterFrame = () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const arrived = w.__changeArrivals.find((a) => a.revision >= r);
          resolve(arrived ? performance.now() - arrived.at : NaN);
        };
        channel.port2.postMessage(null);
      });
    const observer = new MutationObserver(() => {
      if (!reached()) return;
      observer.disconnect();
      afterFrame();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-revision'] });
  });
}

/** One call and its undo, RUNS times; each call timed in the page (see above), with every byte the page fetched meanwhile. */
async function workAfterCall(page: Page, rostrum: Rostrum, url: string, conference: SeededConference, revision: () => number): Promise<Work> {
  await page.goto('about:blank');
  let getBytes = 0;
  const onFirstLoad = async (response: import('playwright-core').Response) => {
    if (response.url().endsWith('/api/conference.get')) getBytes = (await response.body()).length;
  };
  page.on('response', onFirstLoad);
  await page.goto(`${url}/#/conference/${conference.id}/live`);
  await page
    .locator(`${tid(TID.queueWaiting)} [data-testid^="question-"][data-status]`)
    .first()
    .waitFor();
  page.off('response', onFirstLoad);
  const drawn = (r: number) => page.waitForFunction((at) => Number(document.documentElement.dataset.revision ?? 0) >= at, r);

  const work: Work = { ms: [], writeToSeen: [], bytes: [], getBytes };
  for (let i = 0; i < RUNS + 2; i++) {
    let bytes = 0;
    const pending: Promise<void>[] = [];
    const count = (response: import('playwright-core').Response) => {
      if (response.url().includes('/api/')) pending.push(response.body().then((b) => void (bytes += b.length)));
    };
    await page.evaluate(armDrawn, revision() + 1);
    page.on('response', count);
    const started = performance.now();
    rostrum.router.invoke('question.call', { conferenceId: conference.id });
    await drawn(revision());
    const seen = performance.now() - started;
    const ms = await page.evaluate(() => (window as unknown as CostWindow).__changeDrawn!);
    page.off('response', count);
    await Promise.all(pending);
    if (i >= 2) {
      work.ms.push(ms);
      work.writeToSeen.push(seen);
      work.bytes.push(bytes);
    }
    rostrum.router.invoke('live.undo', { conferenceId: conference.id });
    await drawn(revision());
  }
  return work;
}

export async function benchChangeCost(): Promise<Row[]> {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    console.log('console (change cost): skipped, the renderer is not built (run `npm run build`)');
    return [];
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-change-cost-'));
  const clock = catchingUpClock(2 * 3600 * 1000);
  const rostrum = openRostrum({ dataDir, now: clock.now });
  let revision = 0;
  const unsubscribe = rostrum.subscribe((event) => {
    revision = Math.max(revision, event.revision);
  });
  const shape = { statementParagraphs: 1, closed: 0, answersEach: 0, plannedSeconds: 3600 };
  const small = seedConference(rostrum, clock, { title: '二十个提问', ...shape, waiting: 20 });
  const big = seedConference(rostrum, clock, { title: '一万个提问', ...shape, waiting: 10_000 });
  clock.catchUp();
  const server = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // tsx (esbuild, keepNames) wraps the probe's inner functions in __name(); the page needs it too
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript({ content: RECORD_ARRIVALS });
    const rows: Row[] = [];
    const results: Work[] = [];
    for (const conference of [small, big]) {
      const work = await workAfterCall(page, rostrum, server.url, conference, () => revision);
      results.push(work);
      const size = `${conference.questions.toLocaleString('en-US')} questions`;
      const bytes = summarise(work.bytes).medianMs;
      const seen = summarise(work.writeToSeen).medianMs.toFixed(1);
      rows.push({
        name: `console: event → change drawn after one question.call (bytes ${bytes}; first load ${work.getBytes}; write → revision polled ${seen} ms)`,
        size,
        ...summarise(work.ms)
      });
    }
    const [atSmall, atBig] = results.map((w) => ({ ms: summarise(w.ms).medianMs, bytes: summarise(w.bytes).medianMs }));
    const timeRatio = atBig!.ms / atSmall!.ms;
    const byteRatio = atBig!.bytes / atSmall!.bytes;
    rows.push({
      name: `console: its work at 10,000 ÷ at 20 questions (time ${timeRatio.toFixed(2)}×, bytes ${byteRatio.toFixed(2)}×)`,
      size: '10,000 ÷ 20',
      medianMs: Math.max(timeRatio, byteRatio),
      p99Ms: NaN,
      runs: RUNS,
      target: '≤ 2× (time and bytes)',
      pass: timeRatio <= 2 && byteRatio <= 2
    });
    return rows;
  } finally {
    await browser.close();
    await server.close();
    unsubscribe();
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
