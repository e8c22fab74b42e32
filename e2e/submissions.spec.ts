import { expect, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import { startServer, type RunningServer } from '../src/main/server/server';
import { lanAddresses } from '../src/main/server/submission-links';
import { test } from './fixtures';
import { layoutProblems } from './support/layout-check';

/** The phone page's parts must be wholly on a phone's screen, none wider than it. */
const PHONE_PARTS = ['submit-title', 'submit-outlet', 'submit-reporter', 'submit-text', 'submit-counter', 'submit-send'].map((testId) => ({
  testId,
  whole: true
}));

/**
 * Questions from the room, end to end in Chromium against the real server with tokens: the moderator
 * opens the conference to phones and shows the QR code; a phone-sized page with the submit token sends
 * a question; the moderator approves it with a click and it joins the queue. The submit token can call
 * nothing else and gets no event socket. Screenshots go to /tmp (ROSTRUM_SHOTS_DIR to change it).
 */
const STATIC_DIR = process.env.ROSTRUM_STATIC_DIR ?? path.resolve(__dirname, '..', 'out', 'renderer');
const SHOTS = process.env.ROSTRUM_SHOTS_DIR ?? path.join(os.tmpdir(), 'rostrum-submission-shots');
const QUESTION =
  '请问市直机关工委：今年在优化营商环境、为基层减负方面有哪些具体举措？对于群众反映的办事难、办事慢问题，是否有明确的时间表和考核办法？能否介绍一下进展？谢谢。';

test.skip(
  ({ target }) => target === 'electron',
  'phones reach browser mode over the network; the Electron window is the operator and has no phone page'
);

async function waitReady(page: Page): Promise<void> {
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
}

function shot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function openPhone(browser: Browser, url: string, size: { width: number; height: number }) {
  const context = await browser.newContext({ viewport: size, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(url);
  await waitReady(page);
  return { page, sockets, close: () => context.close() };
}

test('a phone submits a question, the moderator approves it into the queue, and the submit token can do nothing else', async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-submit-e2e-'));
  const rostrum: Rostrum = openRostrum({ dataDir });
  const server: RunningServer = await startServer({ rostrum, host: '0.0.0.0', port: 0, staticDir: STATIC_DIR, token: true });
  const tokens = server.tokens!;
  try {
    const conference = rostrum.router.invoke('conference.create', { title: '菏泽市2024年优化营商环境新闻发布会', template: 'standard' });
    rostrum.router.invoke('outlet.create', { name: '大众网', category: 'provincial' });
    rostrum.router.invoke('live.start', { conferenceId: conference.id });

    // the moderator's console, laptop-sized: open the conference to phones with a click
    const consoleContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' });
    const consolePage = await consoleContext.newPage();
    await consolePage.goto(`${server.url}/?token=${tokens.operator}#/conference/${conference.id}/live`);
    await waitReady(consolePage);
    const panel = consolePage.getByTestId('moderation-panel');
    // the box shows what the server holds, so it turns once the answer is back
    await panel.getByTestId('moderation-accepting').click();
    await expect(panel.getByTestId('moderation-accepting')).toBeChecked();
    await expect(panel.getByTestId('moderation-empty')).toContainText('记者扫描二维码');

    // the QR code: the server's network address with the submit token, or why phones cannot reach it
    await panel.getByTestId('moderation-qr-open').click();
    const dialog = consolePage.getByTestId('moderation-qr-dialog');
    if (lanAddresses().length > 0) {
      await expect(dialog.getByTestId('moderation-qr-image').first()).toBeVisible();
      await expect(dialog.getByTestId('moderation-qr-url').first()).toContainText(`token=${tokens.submit}`);
      // and the picture itself says it: drawn on a canvas in the page, read back by a QR decoder
      const pixels = await dialog
        .getByTestId('moderation-qr-image')
        .first()
        .evaluate((img: HTMLImageElement) => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 280;
          const context = canvas.getContext('2d')!;
          context.fillStyle = '#fff';
          context.fillRect(0, 0, 280, 280);
          context.drawImage(img, 0, 0, 280, 280);
          return Array.from(context.getImageData(0, 0, 280, 280).data);
        });
      const decoded = jsQR(Uint8ClampedArray.from(pixels), 280, 280);
      expect(decoded?.data).toBe(`http://${lanAddresses()[0]}:${server.port}/?token=${encodeURIComponent(tokens.submit)}#/submit`);
    } else {
      await expect(dialog.getByTestId('moderation-qr-unreachable')).toHaveAttribute('data-reason', 'no-network');
    }
    await shot(consolePage, 'qr-dialog-1280');
    await consolePage.keyboard.press('Escape');

    // the phone: 390×844, the page from the QR code
    const phone = await openPhone(browser, `${server.url}/?token=${tokens.submit}#/submit`, { width: 390, height: 844 });
    await expect(phone.page.getByTestId('submit-title')).toHaveText(conference.title);
    await phone.page.getByTestId('submit-outlet').fill('大众网');
    await phone.page.getByTestId('submit-reporter').fill('张晓');
    await phone.page.getByTestId('submit-text').fill(QUESTION);
    await expect(phone.page.getByTestId('submit-counter')).toHaveText(`${QUESTION.length} / 300`);
    await shot(phone.page, 'phone-390-filled');
    expect(await layoutProblems(phone.page, PHONE_PARTS)).toEqual([]);
    await phone.page.getByTestId('submit-send').click();
    await expect(phone.page.getByTestId('submit-received')).toContainText('已收到');
    await shot(phone.page, 'phone-390-received');

    // a second question while the first waits: a clear refusal, nothing sent
    await phone.page.getByTestId('submit-another').click();
    await phone.page.getByTestId('submit-text').fill('第二个问题');
    await phone.page.getByTestId('submit-send').click();
    await expect(phone.page.getByTestId('submit-error')).toContainText('您已有一个问题在等待处理');

    // the submit token from the page itself: every other method 403, and no event socket
    const refused = await phone.page.evaluate(async () => {
      const token = sessionStorage.getItem('rostrum.token') ?? '';
      const statuses: Record<string, number> = {};
      for (const method of ['conference.list', 'submission.list', 'question.register', 'stage.get', 'transcript.export']) {
        const r = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ conferenceId: 1 })
        });
        statuses[method] = r.status;
      }
      const socket = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/events?token=${encodeURIComponent(token)}`);
        ws.onopen = () => resolve('open');
        ws.onclose = (event) => resolve(`closed ${event.code}`);
      });
      return { statuses, socket };
    });
    expect(refused.statuses).toEqual({
      'conference.list': 403,
      'submission.list': 403,
      'question.register': 403,
      'stage.get': 403,
      'transcript.export': 403
    });
    expect(refused.socket).toBe('closed 1006');
    // the page itself opened no socket: only the one the test made above
    expect(phone.sockets).toHaveLength(1);

    // the moderator sees it arrive (change event, no reload) and approves it with a click
    const item = panel.getByTestId('moderation-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('大众网');
    await expect(item).toContainText('张晓');
    // the side column scrolls; scrolled to it, the submission and its buttons are whole on a 1280×720 screen
    await item.getByTestId('moderation-approve').scrollIntoViewIfNeeded();
    expect(
      await layoutProblems(consolePage, [
        { testId: 'moderation-item', whole: true },
        { testId: 'moderation-approve', whole: true },
        { testId: 'moderation-reject', whole: true },
        { testId: 'moderation-accepting' }
      ])
    ).toEqual([]);
    await shot(consolePage, 'moderation-1280');
    await item.getByTestId('moderation-approve').click();
    await expect(panel.getByTestId('moderation-item')).toHaveCount(0);
    const queue = consolePage.getByTestId('queue-waiting');
    await expect(queue).toContainText(QUESTION.slice(0, 20));
    await expect(queue).toContainText('大众网');
    const [question] = rostrum.router.invoke('question.list', { conferenceId: conference.id });
    expect(question).toMatchObject({ reporterName: '张晓', text: QUESTION, status: 'waiting' });

    // once decided, the same phone may ask again; a small phone in English
    await phone.page.setViewportSize({ width: 360, height: 640 });
    await phone.page.getByTestId('submit-language-en').click();
    await expect(phone.page.getByTestId('submit-send')).toHaveText('Send my question');
    await phone.page.getByTestId('submit-text').fill('Will the new measures apply to foreign-invested firms as well?');
    await shot(phone.page, 'phone-360-en');
    expect(
      await layoutProblems(
        phone.page,
        PHONE_PARTS.filter((part) => part.testId !== 'submit-send')
      )
    ).toEqual([]);
    await phone.page.getByTestId('submit-send').click();
    await expect(phone.page.getByTestId('submit-received')).toContainText('Received');
    await expect(panel.getByTestId('moderation-item')).toHaveCount(1);
    await expect(panel.getByTestId('moderation-item')).toContainText('EN');

    // closed by the moderator: the phone is told so
    await panel.getByTestId('moderation-accepting').click();
    await expect(panel.getByTestId('moderation-accepting')).not.toBeChecked();
    await phone.page.reload();
    await waitReady(phone.page);
    await expect(phone.page.getByTestId('submit-closed')).toBeVisible();
    await phone.close();
    await consoleContext.close();
  } finally {
    await server.close();
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the moderator merges a repeated question into the queued one, rejects another and approves a third from an unknown outlet, by keyboard', async ({
  browser
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-submit-e2e-'));
  const rostrum: Rostrum = openRostrum({ dataDir });
  const server: RunningServer = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR, token: true });
  const tokens = server.tokens!;
  try {
    const { invoke } = rostrum.router;
    const conference = invoke('conference.create', { title: 'Briefing on the 2024 budget', template: 'standard', language: 'en' });
    const reuters = invoke('outlet.create', { name: 'Reuters', category: 'foreign' });
    invoke('live.start', { conferenceId: conference.id });
    const queued = invoke('question.register', {
      conferenceId: conference.id,
      outletId: reuters.id,
      text: 'How much of the 2024 budget goes to housing subsidies, and how will it be spent?'
    });
    invoke('submission.accept', { conferenceId: conference.id, accepting: true });

    // two phones: one asks the queued question again in other words, one asks something else
    for (const [device, outlet, text] of [
      ['a', 'AFP', 'How much of the budget for 2024 goes to housing subsidies and how will the money be spent?'],
      ['b', 'Bloomberg', 'When will the metro line to the airport open?'],
      ['c', 'Caixin', 'How large is the deficit planned for next year?']
    ] as const) {
      const phone = await openPhone(browser, `${server.url}/?token=${tokens.submit}#/submit`, { width: 390, height: 844 });
      await phone.page.getByTestId('submit-language-en').click();
      await phone.page.getByTestId('submit-outlet').fill(outlet);
      await phone.page.getByTestId('submit-reporter').fill(`Reporter ${device}`);
      await phone.page.getByTestId('submit-text').fill(text);
      await phone.page.keyboard.press('Tab');
      await phone.page.keyboard.press('Enter');
      await expect(phone.page.getByTestId('submit-received')).toBeVisible();
      await phone.close();
    }

    const consoleContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    const consolePage = await consoleContext.newPage();
    await consolePage.goto(`${server.url}/?token=${tokens.operator}#/conference/${conference.id}/live`);
    await waitReady(consolePage);
    const items = consolePage.getByTestId('moderation-item');
    await expect(items).toHaveCount(3);

    // the repetition is flagged against the queued question; its suggestion merges it (focus, Enter)
    const repeated = items.filter({ hasText: 'AFP' });
    const suggestion = repeated.getByTestId('moderation-similar');
    await expect(suggestion).toHaveText('Similar to No. 1 Reuters: merge');
    await suggestion.focus();
    await consolePage.keyboard.press('Enter');
    await expect(items).toHaveCount(2);
    // folded under the waiting ones: what became of it
    const decided = consolePage.getByTestId('moderation-decided');
    await decided.locator('summary').click();
    await expect(decided).toContainText('AFP · Reporter a: joined Reuters’s question');
    const board = invoke('submission.list', { conferenceId: conference.id });
    expect(board.decided[0]).toMatchObject({ outletName: 'AFP', status: 'merged', questionId: queued.id });

    // the other is rejected with a reason, by keys only
    const other = items.filter({ hasText: 'Bloomberg' });
    await other.getByTestId('moderation-reject').focus();
    await consolePage.keyboard.press('Enter');
    await expect(other.getByTestId('moderation-reject-reason')).toBeFocused();
    await consolePage.keyboard.type('Not on today’s subject');
    await consolePage.keyboard.press('Enter');
    await expect(items).toHaveCount(1);
    expect(invoke('submission.list', { conferenceId: conference.id }).decided[0]).toMatchObject({
      outletName: 'Bloomberg',
      status: 'rejected',
      reason: 'Not on today’s subject'
    });

    // an outlet the directory does not know: Approve waits for its category, then adds it with the question
    const unknown = items.filter({ hasText: 'Caixin' });
    await expect(unknown.getByTestId('moderation-approve')).toBeDisabled();
    await unknown.getByTestId('moderation-category').selectOption('foreign');
    await unknown.getByTestId('moderation-approve').focus();
    await consolePage.keyboard.press('Enter');
    await expect(items).toHaveCount(0);
    await expect(consolePage.getByTestId('queue-waiting')).toContainText('Caixin');
    expect(invoke('outlet.list', { query: 'Caixin' }).map((o) => o.category)).toEqual(['foreign']);

    // all three were live actions: Ctrl+Z twice brings the approved and the rejected ones back to the board
    await consolePage.locator('body').click({ position: { x: 640, y: 400 } });
    await consolePage.keyboard.press('Control+z');
    await expect(items).toHaveCount(1);
    await consolePage.keyboard.press('Control+z');
    await expect(items).toHaveCount(2);
    await expect(items.filter({ hasText: 'Bloomberg' })).toHaveCount(1);
    await expect(consolePage.getByTestId('queue-waiting')).not.toContainText('Caixin');

    // the question AFP's submission joined is called: the console says AFP's reporter asked it too
    await consolePage.keyboard.press('n');
    await expect(consolePage.getByTestId('live-question-outlet')).toContainText('Reuters');
    await expect(consolePage.getByTestId('moderation-also-asked')).toHaveText('Also asked from phones: AFP · Reporter a');

    // the conference's report: by outlet, and who submitted but was never called
    await consolePage.goto(`${server.url}/#/reports?conference=${conference.id}`);
    await waitReady(consolePage);
    const report = consolePage.getByTestId('submission-report');
    await expect(report).toContainText('3 submitted: 0 approved, 1 merged, 0 rejected, 2 still waiting; 0 called.');
    await expect(report.getByTestId('submission-report-not-called')).toHaveText('Submitted but never called: AFP, Bloomberg, Caixin');
    fs.mkdirSync(SHOTS, { recursive: true });
    await report.screenshot({ path: path.join(SHOTS, 'report-1366-en.png') });
    await consoleContext.close();
  } finally {
    await server.close();
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
