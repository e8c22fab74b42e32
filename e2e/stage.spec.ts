import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './fixtures';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import { startServer, type RunningServer } from '../src/main/server/server';
import type { Tokens } from '../src/main/server/auth';
import { shotPath } from './support/shots';

/**
 * The stage display against the real server, beside the moderator's console:
 * a call, a message, an overrun and a lost connection must each show on the
 * stage within 200 ms. Latencies are measured on the machine's one clock
 * (both pages and the server run here) and printed.
 */
const STATIC_DIR = process.env.ROSTRUM_STATIC_DIR ?? path.resolve(__dirname, '..', 'out', 'renderer');
const BUDGET_MS = 200;
const ELECTRON_REASON = 'the stage over a dropped network link is browser mode; in Electron the stage window uses IPC';

const S = {
  stage: '[data-testid="stage"]',
  timer: '[data-testid="stage-timer"]',
  question: '[data-testid="stage-question"]',
  message: '[data-testid="stage-message"]',
  bar: '[data-testid="stage-connection-bar"]'
};

async function waitReady(page: Page): Promise<void> {
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
}

/** Values the page functions below leave on window, by key. */
type Slots = Record<string, unknown>;

/**
 * Starts watching the page for a selector before the action that should make it
 * match; `seen()` answers the page's Date.now() of the first mutation after which it did.
 */
async function watchFor(page: Page, selector: string): Promise<{ seen(): Promise<number> }> {
  const key = `watch_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([sel, k]) => {
      (window as unknown as Slots)[k] = new Promise<number>((resolve) => {
        const check = () => {
          if (!document.querySelector(sel)) return;
          resolve(Date.now());
          observer.disconnect();
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        check();
      });
    },
    [selector, key] as const
  );
  return { seen: () => page.evaluate((k) => (window as unknown as Slots)[k] as Promise<number>, key) };
}

/** The instant of the console's next click (or key) on a test id, taken in the page by a capturing listener. */
async function stampNext(page: Page, type: 'click' | 'keydown', testId: string): Promise<() => Promise<number>> {
  const key = `${type}_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([kind, id, k]) => {
      const slots = window as unknown as Slots;
      document.addEventListener(
        kind,
        (event) => {
          if (slots[k] === undefined && (event.target as Element | null)?.closest(`[data-testid="${id}"]`)) slots[k] = Date.now();
        },
        { capture: true }
      );
    },
    [type, testId, key] as const
  );
  return () => page.evaluate((k) => (window as unknown as Slots)[k] as number, key);
}

/** A call made by the console page itself, with its own token; answers the instant it was sent. */
async function consoleCall(page: Page, method: string, input: unknown): Promise<number> {
  const { sentAt, ok, body } = await page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('rostrum.token') ?? '';
      const sentAt = Date.now();
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(i)
      });
      const body = await response.text();
      return { sentAt, ok: response.ok, body };
    },
    [method, input] as const
  );
  expect(ok, body).toBe(true);
  return sentAt;
}

function seedConference(rostrum: Rostrum, language: 'zh' | 'en') {
  const { invoke } = rostrum.router;
  const zh = language === 'zh';
  const conference = invoke('conference.create', {
    title: zh ? '菏泽市市直机关2023年度党的建设工作情况新闻发布会' : 'Briefing on the municipal departments’ work in 2023',
    language
  });
  const person = (name: string, position = '') => invoke('person.create', { name, position, organisation: `${conference.id}` });
  const host = invoke('participant.add', { conferenceId: conference.id, personId: person(zh ? '王主持' : 'Jane Moderator').id, role: 'host' });
  const li = invoke('participant.add', {
    conferenceId: conference.id,
    personId: person(zh ? '李琦' : 'Li Qi', zh ? '中共菏泽市委市直机关工委副书记' : 'Deputy Secretary').id,
    role: 'spokesperson'
  });
  const outlet = (name: string) => invoke('outlet.create', { name, category: 'provincial' });
  const segments = invoke('conference.get', { id: conference.id }).segments;
  const qa = segments.find((s) => s.kind === 'qa')!;
  invoke('segment.update', { id: qa.id, speakerId: host.id });
  invoke('question.register', {
    conferenceId: conference.id,
    outletId: outlet(zh ? '大众网' : 'Reuters').id,
    reporterName: zh ? '张记者' : 'Ann Smith',
    addressedToId: li.id,
    text: zh
      ? '请问，2023年市直机关在党建引领业务发展方面有哪些亮点工作？下一步还将采取哪些措施？'
      : 'What were the highlights of the year, and what comes next?'
  });
  invoke('question.register', {
    conferenceId: conference.id,
    outletId: outlet(zh ? '中国山东网' : 'Xinhua').id,
    text: zh ? '请介绍一下机关作风建设的情况。' : 'Could you say more about the work style campaign?'
  });
  invoke('live.start', { conferenceId: conference.id });
  invoke('live.goTo', { id: qa.id });
  return { conferenceId: conference.id, qaId: qa.id };
}

async function openStage(browser: Browser, url: string, token: string, conferenceId: number, size = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport: size, timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${url}?token=${encodeURIComponent(token)}#/stage/${conferenceId}`);
  await waitReady(page);
  await page.locator(`${S.stage}[data-connection="open"]`).waitFor();
  return page;
}

// skipped before any fixture is set up: the electron project launches no Chromium
test.skip(({ target }) => target === 'electron', ELECTRON_REASON);

test('stage display: a call, a message, an overrun and a lost connection show within 200 ms', async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-stage-e2e-'));
  const rostrum = openRostrum({ dataDir });
  let server: RunningServer = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR, token: true });
  const port = server.port;
  const tokens: Tokens = server.tokens!;
  const latencies: Record<string, number> = {};
  try {
    const { conferenceId, qaId } = seedConference(rostrum, 'zh');
    const consoleContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    const consolePage = await consoleContext.newPage();
    await consolePage.goto(`${server.url}?token=${encodeURIComponent(tokens.operator)}#/conference/${conferenceId}/live`);
    await waitReady(consolePage);
    const stage = await openStage(browser, server.url, tokens.readonly, conferenceId);

    // the stage has no controls, and its token cannot change anything
    expect(await stage.locator('button, input, select, textarea, a[href]').count()).toBe(0);
    const refused = await stage.evaluate(async (id) => {
      const token = sessionStorage.getItem('rostrum.token') ?? '';
      const r = await fetch('/api/stage.message.set', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ conferenceId: id, text: 'hijack' })
      });
      return r.status;
    }, conferenceId);
    expect(refused).toBe(403);

    // 1. an overrun: the Q&A's planned time runs out about 1.5 s from now
    const qa = rostrum.router.invoke('stage.get', { conferenceId }).segment!;
    const runMs = Date.now() - qa.startedAt! + qa.elapsedBeforeMs;
    const plannedSeconds = Math.ceil((runMs + 1500) / 1000);
    const deadline = qa.startedAt! - qa.elapsedBeforeMs + plannedSeconds * 1000;
    const overrun = await watchFor(stage, `${S.timer}[data-kind="segment"][data-state="overtime"]`);
    await consoleCall(consolePage, 'segment.update', { id: qaId, plannedSeconds });
    latencies.overrun = (await overrun.seen()) - deadline;
    await stage.screenshot({ path: shotPath('stage-overtime-zh') });

    // 2. a call, made with the console's own button
    const first = rostrum.router.invoke('stage.get', { conferenceId }).nextQuestion!;
    const called = await watchFor(stage, `${S.question}[data-question-id="${first.id}"][data-live="true"]`);
    const clickedAt = await stampNext(consolePage, 'click', 'call-next');
    await consolePage.getByTestId('call-next').click();
    latencies.call = (await called.seen()) - (await clickedAt());
    await expect(stage.locator(S.timer)).toHaveAttribute('data-kind', 'answer');

    // 3. a message: through the moderator's panel when the console shows it, else the console's own call
    const shown = await watchFor(stage, `${S.message}[data-flash="true"]`);
    const panel = consolePage.getByTestId('stage-panel');
    let sentAt: number;
    if ((await panel.count()) > 0) {
      await consolePage.getByTestId('stage-panel-flash').check();
      const presetAt = await stampNext(consolePage, 'click', 'stage-panel-preset-last_question');
      await consolePage.getByTestId('stage-panel-preset-last_question').click();
      sentAt = await presetAt();
    } else {
      console.log('[stage] the console does not show StageMessagePanel yet: the message is sent by the console page’s own call');
      sentAt = await consoleCall(consolePage, 'stage.message.set', { conferenceId, preset: 'last_question', flash: true });
    }
    latencies.message = (await shown.seen()) - sentAt;
    await expect(stage.locator(S.message)).toHaveText('最后一个问题');
    await stage.screenshot({ path: shotPath('stage-live-zh'), animations: 'disabled' });
    if ((await panel.count()) > 0) {
      // one key clears it: Ctrl+Shift+X, the console's shortcut, here with the panel's field focused
      await panel.screenshot({ path: shotPath('stage-panel') });
      const cleared = await watchFor(stage, `${S.stage}[data-message-id=""]`);
      const escAt = await stampNext(consolePage, 'keydown', 'stage-panel-text');
      await consolePage.getByTestId('stage-panel-text').press('Control+Shift+X');
      latencies.clear = (await cleared.seen()) - (await escAt());
      await consolePage.getByTestId('stage-panel-preset-last_question').click();
      await expect(stage.locator(S.message)).toHaveText('最后一个问题');
    }

    // 4. a lost connection: the server stops; the stage says so, then comes back by itself
    const lost = await watchFor(stage, `${S.stage}[data-connection="closed"] ${S.bar}`);
    const stoppedAt = Date.now();
    await server.close();
    latencies.connectionLost = (await lost.seen()) - stoppedAt;
    await expect(stage.locator(S.bar)).toHaveText('连接已断开，正在重连…');
    await stage.screenshot({ path: shotPath('stage-disconnected-zh'), animations: 'disabled' });
    // a change made while the display is cut off (in Electron the console still writes through IPC)
    rostrum.router.invoke('stage.message.set', { conferenceId, preset: 'be_brief' });
    const back = await watchFor(stage, `${S.stage}[data-connection="open"] ${S.message}[data-flash="false"]`);
    server = await startServer({ rostrum, port, staticDir: STATIC_DIR, token: tokens });
    const restartedAt = Date.now();
    latencies.reconnectAndResync = (await back.seen()) - restartedAt;
    await expect(stage.locator(S.message)).toHaveText('请简要回答');
    await expect(stage.locator(S.bar)).toHaveCount(0);

    // sizes: 1280x720 in English, and 3840x2160
    const english = seedConference(rostrum, 'en');
    rostrum.router.invoke('question.call', { conferenceId: english.conferenceId });
    rostrum.router.invoke('stage.message.set', { conferenceId: english.conferenceId, preset: 'be_brief' });
    const small = await openStage(browser, server.url, tokens.readonly, english.conferenceId, { width: 1280, height: 720 });
    await expect(small.locator(S.message)).toHaveText('Please keep it brief');
    await small.screenshot({ path: shotPath('stage-en-1280x720') });
    const large = await openStage(browser, server.url, tokens.readonly, conferenceId, { width: 3840, height: 2160 });
    await large.screenshot({ path: shotPath('stage-zh-3840x2160'), animations: 'disabled' });
    // #/stage without an id follows the conference started last: one address for the whole day
    const following = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await following.goto(`${server.url}?token=${encodeURIComponent(tokens.readonly)}#/stage`);
    await expect(following.getByTestId('stage-question-outlet')).toHaveText('Reuters · Ann Smith');
    await following.close();

    for (const page of [small, large]) {
      // nothing spills off the screen at either end of the range
      const overflow = await page.evaluate(() => {
        return Array.from(document.querySelectorAll('[data-testid="stage"] *')).some((el) => {
          const r = el.getBoundingClientRect();
          return r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1;
        });
      });
      expect(overflow).toBe(false);
    }

    console.log(
      '[stage] latencies (ms): ' +
        Object.entries(latencies)
          .map(([name, ms]) => `${name} ${ms}`)
          .join(', ')
    );
    for (const [name, ms] of Object.entries(latencies)) {
      if (name === 'reconnectAndResync') continue;
      expect(ms, `${name} took ${ms} ms`).toBeLessThanOrEqual(BUDGET_MS);
      expect(ms).toBeGreaterThanOrEqual(0);
    }
    // the first reconnection attempt comes 190–310 ms after the drop (backoff with jitter)
    expect(latencies.reconnectAndResync).toBeLessThan(5_000);
  } finally {
    await server.close().catch(() => undefined);
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
