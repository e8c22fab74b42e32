import type { Browser, Page } from 'playwright-core';
import type { Rostrum } from '../src/main/core/rostrum';
import { TID } from '../src/renderer/src/app/testids';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';
import type { SeededConference } from './console-seed';
import { summarise, type Row } from './stats';

/**
 * Issue 15, item 9: keypress → frame on the real path. Keys go through
 * Playwright's keyboard (the browser's own input pipeline, not a synthetic
 * dispatchEvent), for the moderator's sequence in order — register, call next,
 * record the answer, close, advance, undo — with a stage display open in a
 * second page. A key's moment is the keydown's own timeStamp in the console;
 * a page's moment is the animation frame after its DOM shows the change. Both
 * pages run on this machine, so their clocks (timeOrigin + now) compare.
 */
const RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 12);
const WARMUP = 2;
const CONSOLE_MEDIAN_MS = 50;
const CONSOLE_P95_MS = 100;
const STAGE_MEDIAN_MS = 100;
const tid = (id: string) => `[data-testid="${id}"]`;

/** What a page must show for a step to be done: a count of matches, an attribute of the first, or its text no longer what it was. */
interface Cond {
  selector: string;
  count?: number;
  attribute?: { name: string; value: string };
  textChanges?: true;
}

type Slots = { __keyAt?: number; __seenAt?: number };

/** Watches the page for `cond` from now; the frame after it holds is stamped in window.__seenAt. */
function arm(page: Page, cond: Cond): Promise<void> {
  return page.evaluate((c) => {
    const w = window as unknown as Slots;
    delete w.__seenAt;
    const first = () => document.querySelector(c.selector);
    const textBefore = first()?.textContent ?? '';
    const holds = () => {
      if (c.count !== undefined && document.querySelectorAll(c.selector).length !== c.count) return false;
      if (c.attribute && first()?.getAttribute(c.attribute.name) !== c.attribute.value) return false;
      if (c.textChanges && (first()?.textContent ?? '') === textBefore) return false;
      return true;
    };
    if (holds()) throw new Error(`already true before the key: ${JSON.stringify(c)}`);
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        w.__seenAt = performance.timeOrigin + performance.now();
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, cond);
}

async function seenAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Slots).__seenAt !== undefined, null, { timeout: 10_000 });
  return page.evaluate(() => (window as unknown as Slots).__seenAt!);
}

interface Step {
  name: string;
  /** untimed preparation: fields filled, the speaker picked */
  prepare?: (page: Page) => Promise<void>;
  key: string;
  console: Cond;
  /** what the stage shows of it, when it shows anything */
  stage?: Cond;
}

async function leaveField(page: Page): Promise<void> {
  for (let i = 0; i < 3 && !(await page.evaluate(() => document.activeElement === document.body)); i++) await page.keyboard.press('Escape');
}

function stepsOf(conference: SeededConference): Step[] {
  const waiting = `${tid(TID.queueWaiting)} [data-testid^="question-"][data-status]`;
  const closing = tid(TID.live.segment(conference.closingSegmentId));
  const stageLive = `${tid(STAGE_TID.question)}[data-live="true"]`;
  return [
    {
      name: 'register (Ctrl+Enter)',
      prepare: async (page) => {
        await page.getByTestId(TID.register.outlet).fill(conference.outletName);
        await page.getByTestId(TID.register.text).fill('请问下一步有什么具体举措？');
        await page.getByTestId(TID.register.text).focus();
      },
      key: 'Control+Enter',
      console: { selector: waiting, count: 0 }, // replaced below by the count + 1
      stage: { selector: tid(STAGE_TID.next), textChanges: true }
    },
    {
      name: 'call next (N)',
      prepare: leaveField,
      key: 'n',
      console: { selector: tid(TID.liveQuestion), count: 1 },
      stage: { selector: stageLive, count: 1 }
    },
    {
      name: 'record the answer (Enter)',
      prepare: async (page) => {
        await page.keyboard.press('1');
        await page.keyboard.insertText('感谢提问。我们将继续推进这项工作。');
      },
      key: 'Enter',
      console: { selector: `${tid(TID.liveQuestion)} .answers li`, count: 1 }
    },
    { name: 'close as answered (A)', key: 'a', console: { selector: tid(TID.liveQuestion), count: 0 }, stage: { selector: stageLive, count: 0 } },
    {
      name: 'advance (PgDn)',
      key: 'PageDown',
      console: { selector: closing, attribute: { name: 'data-status', value: 'live' } },
      stage: { selector: tid(STAGE_TID.segmentTitle), textChanges: true }
    },
    {
      name: 'undo (Ctrl+Z)',
      key: 'Control+z',
      console: { selector: closing, attribute: { name: 'data-status', value: 'pending' } },
      stage: { selector: tid(STAGE_TID.segmentTitle), textChanges: true }
    }
  ];
}

/** The sequence RUNS times (after a warm-up) on one conference; each run is undone through the API after, untimed. */
export async function benchLatency(
  browser: Browser,
  url: string,
  rostrum: Rostrum,
  conference: SeededConference,
  settled: (page: Page) => Promise<unknown>
): Promise<Row[]> {
  // two windows, as on the moderator's desk: a page in a background tab would get its frames late
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const stageContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  for (const c of [context, stageContext]) {
    // tsx (esbuild, keepNames) wraps the probes' inner functions in __name(); the pages need it too
    await c.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  }
  try {
    const console_ = await context.newPage();
    const stage = await stageContext.newPage();
    await stage.goto(`${url}/#/stage/${conference.id}`);
    await stage.locator(`${tid(STAGE_TID.root)}[data-connection="open"]`).waitFor();
    await console_.goto(`${url}/#/conference/${conference.id}/live`);
    await console_
      .locator(`${tid(TID.queueWaiting)} [data-testid^="question-"][data-status]`)
      .first()
      .waitFor();
    await console_.evaluate(() => {
      window.addEventListener('keydown', (e) => ((window as unknown as Slots).__keyAt = performance.timeOrigin + e.timeStamp), true);
    });
    const steps = stepsOf(conference);
    const samples = new Map(steps.map((s) => [s.name, { console: [] as number[], stage: [] as number[] }]));

    for (let run = 0; run < RUNS + WARMUP; run++) {
      for (const step of steps) {
        await step.prepare?.(console_);
        let cond = step.console;
        if (step.name.startsWith('register')) cond = { ...cond, count: (await console_.locator(cond.selector).count()) + 1 };
        await arm(console_, cond);
        if (step.stage) await arm(stage, step.stage);
        await console_.keyboard.press(step.key);
        const consoleAt = await seenAt(console_);
        const keyAt = await console_.evaluate(() => (window as unknown as Slots).__keyAt!);
        const stageAt = step.stage ? await seenAt(stage) : null;
        await Promise.all([settled(console_), settled(stage)]);
        if (run < WARMUP) continue;
        const s = samples.get(step.name)!;
        s.console.push(consoleAt - keyAt);
        if (stageAt !== null) s.stage.push(stageAt - keyAt);
      }
      // back to where the run started: the close, the answer, the call and the registration undone
      for (let i = 0; i < 4; i++) rostrum.router.invoke('live.undo', { conferenceId: conference.id });
      await Promise.all([settled(console_), settled(stage)]);
      await leaveField(console_);
    }

    const size = `${conference.turns.toLocaleString('en-US')} turns`;
    const rows: Row[] = [];
    for (const [name, s] of samples) {
      const c = summarise(s.console);
      rows.push({
        name: `keypress → frame, console: ${name}`,
        size,
        ...c,
        target: `≤ ${CONSOLE_MEDIAN_MS} median, ≤ ${CONSOLE_P95_MS} p95`,
        pass: c.medianMs <= CONSOLE_MEDIAN_MS && c.p95Ms <= CONSOLE_P95_MS
      });
      if (s.stage.length === 0) continue;
      const st = summarise(s.stage);
      rows.push({
        name: `keypress → frame, stage: ${name}`,
        size,
        ...st,
        target: `≤ ${STAGE_MEDIAN_MS} median`,
        pass: st.medianMs <= STAGE_MEDIAN_MS
      });
    }
    return rows;
  } finally {
    await context.close();
    await stageContext.close();
  }
}
