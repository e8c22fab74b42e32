import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { EXPORT_TID } from '../src/renderer/src/views/export/testids';
import type { ExportFormat } from '../src/shared/schemas-export';
import { test, expect, type RostrumFixture } from './fixtures';
import { TID, playwrightKey } from './support/console';
import { shotPath } from './support/shots';

/**
 * Exporting and importing from the console: the review view's Export button
 * and Ctrl+E open the dialog, each format downloads as its file, a JSON export
 * imports back as a new conference, and a bad file is refused with the field named.
 */

const OPENING = '各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。';
const ANSWER = '谢谢您的提问。今年我们将重点推进三件民生实事，其中涉及尚未公开的人事安排。';
const SECRET = '尚未公开的人事安排';

/** A small ended conference: the host opens, a reporter of 大众网 asks, a spokesperson answers, the host closes. */
async function smallConference(api: RostrumFixture['api']) {
  const conference = await api('conference.create', {
    title: '2024年民生实事新闻发布会',
    language: 'zh',
    template: 'standard',
    plannedSeconds: 45 * 60,
    header: { source: '测试市人民政府网站', author: '测试', credits: '（摄影：测试）' }
  });
  const conferenceId = conference.id;
  const hostPerson = await api('person.create', { name: '王主持', organisation: '市政府新闻办' });
  const host = await api('participant.add', { conferenceId, personId: hostPerson.id, role: 'host' });
  const speakerPerson = await api('person.create', { name: '朱雷', honorific: '先生', position: '市发展改革委主任' });
  const speaker = await api('participant.add', { conferenceId, personId: speakerPerson.id, role: 'spokesperson' });
  const outlet = await api('outlet.create', { name: '大众网', category: 'provincial' });
  const say = (participantId: number, text: string) => api('turn.add', { conferenceId, speakerKind: 'participant', participantId, text });

  await api('live.start', { conferenceId });
  await say(host.id, OPENING);
  await api('live.advance', { conferenceId });
  await api('live.advance', { conferenceId });
  await say(speaker.id, '下面我介绍今年的工作安排。');
  await api('live.advance', { conferenceId });
  const question = await api('question.register', { conferenceId, outletId: outlet.id, text: '请问今年有哪些民生实事？', addressedToId: speaker.id });
  await api('question.call', { conferenceId, id: question.id });
  const answer = await api('answer.record', { questionId: question.id, participantId: speaker.id, text: ANSWER });
  await api('question.close', { id: question.id, status: 'answered' });
  await api('live.advance', { conferenceId });
  await say(host.id, '本场新闻发布会到此结束，谢谢大家！');
  await api('live.end', { conferenceId });
  const detail = await api('conference.get', { id: conferenceId });
  return {
    conferenceId,
    title: conference.title,
    answerTurnId: answer.id,
    speakerLabel: detail.participants.find((p) => p.id === speaker.id)!.label
  };
}

async function downloadAs(page: Page, format: ExportFormat): Promise<{ download: Download; bytes: Buffer; ms: number }> {
  const dialog = page.getByTestId(EXPORT_TID.exportDialog);
  await dialog.getByTestId(EXPORT_TID.format(format)).check();
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId(EXPORT_TID.submit).click()]);
  const file = await download.path();
  const ms = Date.now() - started;
  await expect(dialog.getByTestId(EXPORT_TID.done)).toContainText(download.suggestedFilename());
  return { download, bytes: fs.readFileSync(file), ms };
}

test('the transcript exports from the review view as TXT, DOCX and PDF, and imports back', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'Electron answers a download with the OS save dialog, which a test cannot click');
  const { page, api, goto } = rostrum;
  const conf = await smallConference(api);
  await goto(`/conference/${conf.conferenceId}/review`);

  // Ctrl+E opens the dialog on a conference's page, as File → Export transcript… does in the app
  await page.keyboard.press(playwrightKey('Mod+e'));
  const dialog = page.getByTestId(EXPORT_TID.exportDialog);
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(EXPORT_TID.close).click();
  await expect(dialog).toBeHidden();
  // and so does the review view's button
  await page.getByTestId(EXPORT_TID.exportOpen).click();
  await expect(dialog).toBeVisible();

  // the preview shows the transcript's first lines, as the published layout has them
  await dialog.getByTestId(EXPORT_TID.format('txt')).check();
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toContainText('新闻发布会开始');
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toContainText(OPENING);
  await dialog.getByTestId(EXPORT_TID.option('withTimes')).check();
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toContainText(/\d\d:\d\d/);
  await dialog.getByTestId(EXPORT_TID.option('withTimes')).uncheck();
  await expect(dialog.getByTestId(EXPORT_TID.preview)).not.toContainText(/\d\d:\d\d/);

  const txt = await downloadAs(page, 'txt');
  expect(txt.download.suggestedFilename()).toMatch(/民生实事新闻发布会\.txt$/);
  const text = txt.bytes.toString('utf8');
  // the published layout: each speaker's label on its own line before their words
  const lines = text.split('\n').map((line) => line.trim());
  expect(lines).toContain('新闻发布会开始');
  expect(lines).toContain(conf.speakerLabel);
  expect(lines).toContain('大众网记者');
  expect(lines[lines.indexOf(ANSWER) - 1]).toBe(conf.speakerLabel);

  const docx = await downloadAs(page, 'docx');
  expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // the dialog as the moderator leaves it: DOCX chosen, its text previewed, the file just saved
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toContainText(ANSWER);
  await page.screenshot({ path: shotPath('export-dialog'), animations: 'disabled', caret: 'hide' });

  // a PDF takes about a second: the dialog says meanwhile which step it is at, in words (recorded as drawn, so no step is missed)
  await dialog.getByTestId(EXPORT_TID.format('pdf')).check();
  await page.evaluate((busyId) => {
    const seen: string[] = [];
    (window as unknown as { busySteps: string[] }).busySteps = seen;
    new MutationObserver(() => {
      const text = document.querySelector(`[data-testid="${busyId}"]`)?.textContent?.replace(/·.*$/, '').trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, EXPORT_TID.busy);
  const started = Date.now();
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId(EXPORT_TID.submit).click()]);
  await expect(dialog.getByTestId(EXPORT_TID.done)).toContainText(pdfDownload.suggestedFilename());
  expect(await page.evaluate(() => (window as unknown as { busySteps: string[] }).busySteps)).toEqual([
    '第 1/2 步 正在排版并打印 PDF',
    '第 2/2 步 正在保存文件'
  ]);
  const pdf = fs.readFileSync(await pdfDownload.path());
  console.log(`[export] TXT ${txt.ms} ms, DOCX ${docx.ms} ms (${docx.bytes.length} B), PDF ${Date.now() - started} ms (${pdf.length} B)`);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // the JSON export imports back, through the conference list's button, as a new conference
  const json = await downloadAs(page, 'json');
  await dialog.getByTestId(EXPORT_TID.close).click();
  await goto('/');
  await page
    .getByTestId(EXPORT_TID.importInput)
    .setInputFiles({ name: json.download.suggestedFilename(), mimeType: 'application/json', buffer: json.bytes });
  await expect(page).toHaveURL(/#\/conference\/\d+\/review$/);
  const importedId = Number(/conference\/(\d+)\//.exec(page.url())![1]);
  expect(importedId).not.toBe(conf.conferenceId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(conf.title);
  const imported = await api('turn.list', { conferenceId: importedId });
  const original = await api('turn.list', { conferenceId: conf.conferenceId });
  expect(imported.map((t) => t.text)).toEqual(original.map((t) => t.text));
});

test('a bad import file is refused with the field named, and nothing is imported', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const before = (await api('conference.list', {})).length;
  const input = page.getByTestId(EXPORT_TID.importInput);
  const error = page.getByTestId(EXPORT_TID.importError);

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
  await expect(error).toHaveAttribute('data-field', 'file');
  await expect(error).toContainText('notes.json');
  await expect(error).toContainText('JSON');

  const wrong = { format: 'rostrum.conference', version: 1, conference: { title: '' } };
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await expect(error).toHaveAttribute('data-field', /^conference\./);
  await expect(error).toContainText('broken.json');
  await expect(error).toContainText('conference.');

  expect((await api('conference.list', {})).length).toBe(before);
  await expect(page).toHaveURL(/#\/$/);
});

test('words of a turn are redacted in the review view and kept out of the public export', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const conf = await smallConference(api);
  await goto(`/conference/${conf.conferenceId}/review`);

  // as with ✎, a turn's Redact button shows when the pointer is over the turn
  await page.getByTestId(TID.turnRow(conf.answerTurnId)).hover();
  await page.getByTestId(EXPORT_TID.redactToggle(conf.answerTurnId)).click();
  const panel = page.getByTestId(EXPORT_TID.redactPanel);
  const text = panel.getByTestId(EXPORT_TID.redactText);
  const start = ANSWER.indexOf(SECRET);
  await text.evaluate(
    (el, [s, e]) => {
      const area = el as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(s, e);
    },
    [start, start + SECRET.length] as const
  );
  await expect(panel.getByTestId(EXPORT_TID.redactSelected)).toContainText(SECRET);
  await panel.getByTestId(EXPORT_TID.redactReason).fill('人事未公开');
  await panel.getByTestId(EXPORT_TID.redactSubmit).click();
  await expect(panel.locator('mark')).toHaveText(SECRET);
  await expect(page.getByTestId(EXPORT_TID.redactToggle(conf.answerTurnId))).toContainText('1');

  const [redaction] = await api('redaction.list', { conferenceId: conf.conferenceId });
  expect(redaction).toMatchObject({ turnId: conf.answerTurnId, start, end: start + SECRET.length, reason: '人事未公开' });
  const publicText = (await api('transcript.export', { conferenceId: conf.conferenceId, format: 'txt' })).content;
  expect(publicText).not.toContain(SECRET);
  const internalText = (await api('transcript.export', { conferenceId: conf.conferenceId, format: 'txt', audience: 'internal' })).content;
  expect(internalText).toContain(SECRET);

  // removed again: the public text is whole
  await panel.getByTestId(EXPORT_TID.redactionRemove(redaction!.id)).click();
  await expect(panel.locator('mark')).toHaveCount(0);
  expect((await api('transcript.export', { conferenceId: conf.conferenceId, format: 'txt' })).content).toContain(SECRET);
  await expect(page.getByTestId(TID.turnRow(conf.answerTurnId))).toBeVisible();
});
