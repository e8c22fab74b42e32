import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openRostrum } from '../src/main/core/rostrum';
import { startServer } from '../src/main/server/server';
import { TID } from '../src/renderer/src/app/testids';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/core/chromium';
import { timeKey, timeNavigation, timeScroll, type Change, type KeyPress } from './console-probe';
import { SHORT, THREE_HOURS, catchingUpClock, seedConference, type SeededConference } from './console-seed';
import { benchChangeCost } from './console-cost';
import { benchLatency } from './console-latency';
import { summarise, type Row } from './stats';

/**
 * The console in Chromium against a 3-hour conference (2,000 turns, 300
 * questions): keypress → updated screen for the live actions, the timeline's
 * scrolling, and the first render of the live and review views at 2,000 turns
 * against 20. Runs the built renderer (`npm run build` first).
 */
const STATIC_DIR = path.resolve(__dirname, '..', 'out', 'renderer');
const KEY_RUNS = 30;
const RENDER_RUNS = 10;
const KEY_TARGET_MS = 50;
const tid = (id: string) => `[data-testid="${id}"]`;
const WAITING_CARDS = `${tid(TID.queueWaiting)} [data-testid^="question-"][data-status]`;
const TIMELINE_ROWS = `${tid(TID.timeline)} [data-index]`;

export async function benchConsole(): Promise<Row[]> {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    console.log('console: skipped, the renderer is not built (run `npm run build`)');
    return [];
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-console-'));
  const clock = catchingUpClock((THREE_HOURS.plannedSeconds + SHORT.plannedSeconds) * 1000);
  const rostrum = openRostrum({ dataDir, now: clock.now });
  let revision = 0;
  const unsubscribe = rostrum.subscribe((event) => {
    revision = Math.max(revision, event.revision);
  });
  const seededAt = performance.now();
  const big = seedConference(rostrum, clock, { title: '三小时新闻发布会', ...THREE_HOURS });
  const small = seedConference(rostrum, clock, { title: '刚开始的新闻发布会', ...SHORT });
  clock.catchUp();
  console.log(
    `console: seeded ${big.turns} turns / ${big.questions} questions and ${small.turns} turns in ${(performance.now() - seededAt).toFixed(0)} ms`
  );

  const server = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // tsx (esbuild, keepNames) wraps the probes' inner functions in __name(); the page needs it too
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    /** Waits until the page has drawn every change the server has published: the next timing starts from rest. */
    const settledPage = (p: Page) => p.waitForFunction((r) => Number(document.documentElement.dataset.revision ?? 0) >= r, revision);
    const settled = () => settledPage(page);
    const open = async (hash: string, ready: string) => {
      await page.goto(`${server.url}/#${hash}`);
      await page.locator(ready).first().waitFor();
    };
    return [
      ...(await renders(page, server.url, big, small)),
      ...(await keypresses(page, open, settled, small)),
      ...(await keypresses(page, open, settled, big)),
      ...(await scrolling(page, open, big)),
      ...(await benchLatency(browser, server.url, rostrum, small, settledPage)),
      ...(await benchLatency(browser, server.url, rostrum, big, settledPage)),
      ...(await benchChangeCost())
    ];
  } finally {
    await browser.close();
    await server.close();
    unsubscribe();
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type Open = (hash: string, ready: string) => Promise<void>;

function row(name: string, size: string, samples: number[], target?: number): Row {
  const stats = summarise(samples);
  return target === undefined ? { name, size, ...stats } : { name, size, ...stats, target: `≤ ${target} ms median`, pass: stats.medianMs <= target };
}

/** A view's first render with its data: the app loaded on the list, then the hash changed to the view. */
async function renders(page: Page, url: string, big: SeededConference, small: SeededConference): Promise<Row[]> {
  const views = [
    { view: 'live', ready: WAITING_CARDS },
    { view: 'review', ready: TIMELINE_ROWS }
  ] as const;
  const rows: Row[] = [];
  for (const { view, ready } of views) {
    for (const conference of [small, big]) {
      const samples: number[] = [];
      for (let i = 0; i < RENDER_RUNS + 1; i++) {
        // a new document each time (a goto that changes only the hash would keep the store and its data)
        await page.goto('about:blank');
        await page.goto(`${url}/#/`);
        await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
        const ms = await timeNavigation(page, `/conference/${conference.id}/${view}`, ready);
        if (i > 0) samples.push(ms); // the first load warms the browser's cache
      }
      rows.push(row(`console: first render of the ${view} view`, `${conference.turns} turns`, samples));
    }
  }
  return rows;
}

/** The live actions by keyboard, each undone (also timed) so every run starts alike. */
async function keypresses(page: Page, open: Open, settled: () => Promise<unknown>, conference: SeededConference): Promise<Row[]> {
  await open(`/conference/${conference.id}/live`, WAITING_CARDS);
  const undo: number[] = [];
  const undoKey: KeyPress = { key: 'z', ctrlKey: true };
  const liveQuestion: Change = { selector: tid(TID.liveQuestion), count: 1 };
  const noLiveQuestion: Change = { selector: tid(TID.liveQuestion), count: 0 };
  const closing = (status: string): Change => ({
    selector: tid(TID.live.segment(conference.closingSegmentId)),
    count: 1,
    attribute: { name: 'data-status', value: status }
  });

  /** Runs `act` (timed) then its undo (timed); the first few runs warm up and are dropped. */
  async function cycle(act: () => Promise<number>, undone: Change): Promise<number[]> {
    const samples: number[] = [];
    for (let i = 0; i < KEY_RUNS + 3; i++) {
      const ms = await act();
      await settled();
      const back = await timeKey(page, undoKey, undone);
      await settled();
      if (i >= 3) {
        samples.push(ms);
        undo.push(back);
      }
    }
    return samples;
  }

  const call = await cycle(() => timeKey(page, { key: 'n' }, liveQuestion), noLiveQuestion);
  const advance = await cycle(() => timeKey(page, { key: 'PageDown' }, closing('live')), closing('pending'));
  const register = await cycle(
    async () => {
      await page.getByTestId(TID.register.outlet).fill(conference.outletName);
      await page.getByTestId(TID.register.text).fill('请问下一步有什么具体举措？');
      return timeKey(page, { key: 'Enter', ctrlKey: true, target: tid(TID.register.text) }, { selector: WAITING_CARDS, count: 'changed' });
    },
    { selector: WAITING_CARDS, count: 'changed' }
  );

  const size = `${conference.turns} turns`;
  return [
    row('console: call next (N)', size, call, KEY_TARGET_MS),
    row('console: register + submit (Ctrl+Enter)', size, register, KEY_TARGET_MS),
    row('console: advance (PgDn)', size, advance, KEY_TARGET_MS),
    row('console: undo (Ctrl+Z)', size, undo, KEY_TARGET_MS)
  ];
}

/** The review timeline of the 3-hour conference: a screen down at a time, and jumps far away. */
async function scrolling(page: Page, open: Open, big: SeededConference): Promise<Row[]> {
  const list = tid(TID.timeline);
  await open(`/conference/${big.id}/review`, TIMELINE_ROWS);
  const height = await page.locator(list).evaluate((el) => ({ client: el.clientHeight, total: el.scrollHeight }));
  const byScreen: number[] = [];
  for (let i = 0; i < KEY_RUNS + 3; i++) {
    const ms = await timeScroll(page, list, { by: height.client });
    if (i >= 3) byScreen.push(ms);
  }
  const jumps: number[] = [];
  let position = 0;
  for (let i = 0; i < KEY_RUNS + 3; i++) {
    // far from where it is: beyond the rows drawn, so new ones must be
    position = (position + height.total * 0.37) % (height.total * 0.9);
    const ms = await timeScroll(page, list, { to: Math.round(position) });
    if (i >= 3) jumps.push(ms);
  }
  const size = `${big.turns} turns`;
  return [
    row('console: timeline scroll by a screen', size, byScreen, KEY_TARGET_MS),
    row('console: timeline jump far away', size, jumps, KEY_TARGET_MS)
  ];
}
