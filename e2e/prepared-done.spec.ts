import { expect, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from './fixtures';
import { openRostrum } from '../src/main/core/rostrum';
import { startServer } from '../src/main/server/server';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/methods';
import { PREPARED_TID as P } from '../src/renderer/src/views/prepared/testids';
import { EXPORT_TID } from '../src/renderer/src/views/export/testids';
import { TID, leaveField, playwrightKey, shortcut } from './support/console';
import { hezePlan } from './support/heze';
import { median, watch, stampNextKey } from './support/latency';
import { advance } from './support/live-flow';
import { addNewPerson, createConference } from './support/setup-flow';
import { writePreparedSheet } from './support/prepared-sheet';
import { SHORTCUTS } from '../src/renderer/src/keyboard/shortcuts';
import { workShotPath } from './support/shots';

/**
 * Issue 13, "done means", in Chromium against the real server with its tokens: a
 * conference set up in the console (created, its roster typed), ten prepared questions
 * and five answer cards imported from a spreadsheet through the Prepared tab, the
 * conference taken to its Q&A with PgDn; live, a reporter's outlet typed in the register form offers its
 * prepared question, Alt+Enter registers it, its linked card shows beside it, S
 * sends it; the desk page (desk token) shows the card within 200 ms of the key,
 * and the stage display (read-only token) never shows a word of any card.
 */
const STATIC_DIR = process.env.ROSTRUM_STATIC_DIR ?? path.resolve(__dirname, '..', 'out', 'renderer');
const BUDGET_MS = 200;

async function waitReady(page: Page): Promise<void> {
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
}

async function openPage(browser: Browser, url: string, size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  await waitReady(page);
  return page;
}

/** A call from inside a page with its own token: the HTTP status and the answer. */
function callFrom(page: Page, method: string, input: unknown): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('rostrum.token') ?? '';
      const r = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(i)
      });
      return { status: r.status, body: await r.text() };
    },
    [method, input] as const
  );
}

test.skip(({ target }) => target === 'electron', 'the desk and stage pages with their own tokens are browser mode; Electron has no tokens');

test('prepared questions and cards from a spreadsheet; a taken question’s card reaches the desk within 200 ms and never the stage', async ({
  browser
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-prepared-e2e-'));
  const rostrum = openRostrum({ dataDir });
  const server = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR, token: true });
  const tokens = server.tokens!;
  const api = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => rostrum.router.invoke(method, input);
  const pages: Page[] = [];
  try {
    const plan = hezePlan();
    const sheet = await writePreparedSheet(plan);

    // set-up through the console: the conference, its host and spokespeople (the outlets come with the import)
    const page = await openPage(browser, `${server.url}?token=${encodeURIComponent(tokens.operator)}#/`, { width: 1366, height: 768 });
    pages.push(page);
    const conferenceId = await createConference(page, { title: plan.title, minutes: '75' });
    await addNewPerson(page, { name: plan.host.name, honorific: '', position: '', organisation: plan.host.organisation }, 'host');
    for (const s of plan.spokespeople)
      await addNewPerson(page, { name: s.name, honorific: s.honorific, position: s.title, organisation: '' }, 'spokesperson');

    // the spreadsheet through the Prepared tab's file input, previewed, then confirmed
    await page.getByTestId(TID.conferenceTab('prepared')).click();
    await page.getByTestId(P.importInput).setInputFiles(sheet.file);
    const dialog = page.getByTestId(P.importDialog);
    await expect(dialog.getByTestId(P.importTotals)).toContainText('读到报题 10 条、口径卡 5 张');
    await expect(dialog.locator('[data-errors]:not([data-errors="0"])')).toHaveCount(0);
    await page.screenshot({ path: workShotPath('prepared-import-preview-zh-1366') });
    await dialog.getByRole('tab', { name: '口径卡 · 5' }).click();
    await expect(dialog.getByTestId(P.importRow('cards', 2))).toContainText(sheet.cards[0]!.title);
    await page.screenshot({ path: workShotPath('prepared-import-cards-zh-1366') });
    expect(await api('prepared.list', { conferenceId: conferenceId })).toHaveLength(0); // the preview wrote nothing
    await dialog.getByTestId(P.importConfirm).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId(P.list).locator('[data-status="open"]').first()).toBeVisible();
    const prepared = await api('prepared.list', { conferenceId: conferenceId });
    const cards = await api('cards.list', { conferenceId: conferenceId });
    expect(prepared.map((q) => q.text)).toEqual(sheet.questions.map((q) => q.question));
    expect(cards.map((c) => c.title)).toEqual(sheet.cards.map((c) => c.title));
    expect(cards[0]!.preparedIds).toEqual([prepared[0]!.id]);
    await page.screenshot({ path: workShotPath('prepared-tab-zh-1366') });

    // the conference started and taken to its Q&A with the keyboard (PgDn); the desk with its token, the stage with the read-only one
    await page.getByTestId(TID.conferenceTab('live')).click();
    await expect(page.getByTestId(TID.live.start)).toBeVisible();
    const segments = (await api('conference.get', { id: conferenceId })).segments;
    for (const segment of segments.slice(0, segments.findIndex((x) => x.kind === 'qa') + 1)) await advance(page, segment.title);
    const desk = await openPage(browser, `${server.url}?token=${encodeURIComponent(tokens.desk)}#/desk/${conferenceId}`, {
      width: 1280,
      height: 800
    });
    const stage = await openPage(browser, `${server.url}?token=${encodeURIComponent(tokens.readonly)}#/stage/${conferenceId}`, {
      width: 1280,
      height: 720
    });
    pages.push(desk, stage);
    await expect(desk.getByTestId(P.deskEmpty)).toBeVisible();
    // neither may read the prepared questions or the cards
    for (const [role, p] of [
      ['desk', desk],
      ['stage', stage]
    ] as const) {
      for (const method of ['prepared.list', 'cards.list', 'cards.match']) {
        const input = method === 'cards.match' ? { conferenceId: conferenceId, questionId: 1 } : { conferenceId: conferenceId };
        expect((await callFrom(p, method, input)).status, `${role} ${method}`).toBe(403);
      }
    }
    expect((await callFrom(stage, 'desk.get', { conferenceId: conferenceId })).status).toBe(403);

    // live: the reporter's outlet in the register form offers its prepared questions; Alt+Enter takes the highlighted one
    const first = sheet.questions[0]!;
    await shortcut(page, 'register');
    await page.getByTestId(TID.register.outlet).pressSequentially(first.outlet);
    await page.keyboard.press('Enter');
    const offers = page.getByTestId(P.offers);
    await expect(offers.getByTestId(P.offer(prepared[0]!.id))).toHaveAttribute('data-highlighted', 'true');
    // the outlet's other prepared questions are offered too: Ctrl+↓ and Ctrl+↑ move the highlight, from the form's field
    const sameOutlet = prepared.filter((q) => q.outletName === first.outlet);
    expect(sameOutlet.length).toBeGreaterThan(1);
    await expect(offers.locator('[role="option"]')).toHaveCount(sameOutlet.length);
    await shortcut(page, 'preparedNext');
    await expect(offers.getByTestId(P.offer(sameOutlet[1]!.id))).toHaveAttribute('data-highlighted', 'true');
    await shortcut(page, 'preparedPrevious');
    await page.screenshot({ path: workShotPath('prepared-offers-zh-1366') });
    await page.keyboard.press(playwrightKey(SHORTCUTS.preparedTake.keys[0]));
    await expect(offers).toHaveCount(0);
    const detail = await api('conference.get', { id: conferenceId });
    const registered = detail.questions.find((q) => q.preparedId === prepared[0]!.id)!;
    expect(registered).toMatchObject({ text: first.question, status: 'waiting', outletId: prepared[0]!.outletId });
    await expect(page.getByTestId(TID.questionCard(registered.id))).toBeVisible();

    // its linked card shows first, marked "do not volunteer"; S sends it
    const card = cards[0]!;
    const cardRow = page.getByTestId(P.liveCard(card.id));
    await expect(cardRow).toHaveAttribute('data-reason', 'linked');
    await expect(cardRow).toHaveAttribute('data-highlighted', 'true');
    await expect(cardRow.locator('.dnv-badge')).toBeVisible();
    await leaveField(page);
    await page.screenshot({ path: workShotPath('prepared-live-cards-zh-1366') });
    // timed three times (S, then Shift+S, S again…) on a machine shared with other work: the median must be under budget
    const latencies: number[] = [];
    for (let round = 0; round < 3; round++) {
      if (round > 0) {
        await shortcut(page, 'cardClear');
        await expect(desk.getByTestId(P.deskEmpty)).toBeVisible();
      }
      const shown = await watch(desk, { selector: `[data-testid="${P.deskCard}"][data-card-id="${card.id}"]` });
      const pressed = await stampNextKey(page, SHORTCUTS.cardSend.keys[0]);
      await shortcut(page, 'cardSend');
      latencies.push((await shown.seen()) - (await pressed()));
    }
    console.log(`card send → desk shows it: ${latencies.map((ms) => ms.toFixed(1)).join(', ')} ms (median ${median(latencies).toFixed(1)} ms)`);
    expect(median(latencies)).toBeLessThan(BUDGET_MS);
    await expect(desk.getByTestId(P.deskDnv)).toBeVisible();
    await expect(desk.getByTestId(P.deskCard)).toContainText(sheet.cards[0]!.phrase);
    await expect(page.getByTestId(P.deskNow)).toHaveAttribute('data-card-id', String(card.id));
    await desk.screenshot({ path: workShotPath('desk-card-zh-1280x800') });

    // called: the desk shows the question; the stage shows it too, and no word of any card
    await shortcut(page, 'callNext');
    await expect(desk.getByTestId(P.deskQuestion)).toHaveAttribute('data-question-id', String(registered.id));
    await expect(stage.getByTestId('stage-question')).toHaveAttribute('data-question-id', String(registered.id));
    await stage.screenshot({ path: workShotPath('prepared-stage-zh-1280x720') });
    const stageText = (await stage.locator('body').textContent()) ?? '';
    const stageRead = (await callFrom(stage, 'stage.get', { conferenceId: conferenceId })).body;
    for (const c of [...sheet.cards, ...cards.map((x) => ({ phrase: x.title }))]) {
      expect(stageText).not.toContain(c.phrase);
      expect(stageRead).not.toContain(c.phrase);
    }

    // Shift+S takes it off the desk
    await shortcut(page, 'cardClear');
    await expect(desk.getByTestId(P.deskEmpty)).toBeVisible();
    await expect(page.getByTestId(P.deskNow)).toHaveAttribute('data-card-id', '');
    // the queue's Prepared tab lists them apart from the queue: the taken one asked, another registered with a click
    await page.getByTestId(P.sideTab).click();
    // open ones first, each with its button; the asked one has none (it is listed after them)
    const other = prepared[1]!;
    await expect(page.getByTestId(P.ask(other.id))).toBeVisible();
    await expect(page.getByTestId(P.ask(prepared[0]!.id))).toHaveCount(0);
    await page.getByTestId(P.ask(other.id)).click();
    await expect(page.getByTestId(P.ask(other.id))).toHaveCount(0);
    expect((await api('conference.get', { id: conferenceId })).questions.find((q) => q.preparedId === other.id)).toMatchObject({
      text: other.text,
      status: 'waiting'
    });

    const sends = await api('cards.sends', { conferenceId: conferenceId });
    // three sends and two clearings before the call (no question live), one clearing after it
    expect(sends.map((s) => [s.cardId, s.questionId])).toEqual([
      [card.id, null],
      [null, null],
      [card.id, null],
      [null, null],
      [card.id, null],
      [null, registered.id]
    ]);

    // the record with its cards is the operator's internal export only: the dialog offers it for the internal audience
    await page.goto(`${server.url}/#/conference/${conferenceId}/review`);
    await waitReady(page);
    await page.getByTestId(EXPORT_TID.exportOpen).click();
    const exportDialog = page.getByTestId(EXPORT_TID.exportDialog);
    await exportDialog.getByTestId(EXPORT_TID.format('txt')).check();
    await expect(exportDialog.getByTestId(EXPORT_TID.option('withCards'))).toHaveCount(0);
    await exportDialog.getByTestId(EXPORT_TID.audience('internal')).check();
    await exportDialog.getByTestId(EXPORT_TID.option('withCards')).check();
    const saved = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByTestId(EXPORT_TID.submit).click()]);
      return fs.readFileSync(await download.path()).toString('utf8');
    };
    expect(await saved()).toContain(sheet.cards[0]!.phrase);
    await exportDialog.getByTestId(EXPORT_TID.audience('public')).check();
    await expect(exportDialog.getByTestId(EXPORT_TID.option('withCards'))).toHaveCount(0);
    const publicText = await saved();
    expect(publicText).toContain(first.question);
    for (const c of sheet.cards) expect(publicText).not.toContain(c.phrase);

    await exportDialog.getByTestId(EXPORT_TID.close).click();
    // the conference's report says which prepared questions were asked and which cards went to the desk
    await page.goto(`${server.url}/#/reports?conference=${conferenceId}`);
    await waitReady(page);
    await expect(page.getByTestId('prepared-report-totals')).toHaveText(
      '报题 10 条：从报题登记 2 条，已提问 1 条，搁置 0 条。口径卡 5 张中有 1 张发送到发言人席（共发送 3 次）。'
    );
    await page.getByTestId('prepared-report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: workShotPath('prepared-report-zh-1366') });
  } finally {
    for (const p of pages) await p.context().close();
    await server.close();
    rostrum.close();
  }
});
