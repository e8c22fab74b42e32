import fs from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { EXPORT_TID } from '../src/renderer/src/views/export/testids';
import { RECORD_TID } from '../src/renderer/src/views/record/testids';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';
import { toZonedDateTimeLocal } from '../src/renderer/src/i18n/zoned-time';
import { test, expect } from './fixtures';
import { TID } from './support/console';
import { briefing } from './support/record-seed';

/**
 * Issue #11 before and after the event: the conference's time zone, ground
 * rules and embargo typed in set-up (and a bad zone refused by name); the
 * console and the stage showing times in that zone; the export dialog asking
 * before an embargoed file goes out; the actual start and end corrected in
 * review, with history. Each read back through the API.
 */

/** "HH:MM" on the zone's clock, as the console prints a time of day (formatTime without seconds). */
const hhmm = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

test('set-up takes the time zone, ground rules and embargo; the console and the stage show times in that zone', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en', timeZone: 'America/New_York' });
  await goto(`/conference/${b.id}/setup`);
  const zone = page.getByTestId(RECORD_TID.details.timeZone);
  await expect(zone).toHaveValue('America/New_York');

  // a zone Intl does not know is refused with the field named, and nothing is saved
  await zone.fill('Mars/Olympus_Mons');
  await page.getByTestId(TID.details.save).click();
  await expect(page.getByTestId(TID.fieldError('timeZone'))).toContainText('Asia/Shanghai');
  expect((await api('conference.get', { id: b.id })).conference.timeZone).toBe('America/New_York');

  await zone.fill('Europe/London');
  await page.getByTestId(RECORD_TID.details.groundRules).selectOption('on_background');
  await page.getByTestId(RECORD_TID.details.embargoUntil).fill('2030-01-02T09:30');
  await page.getByTestId(TID.details.save).click();
  await expect(page.getByTestId(TID.details.save)).toBeDisabled();
  const saved = (await api('conference.get', { id: b.id })).conference;
  // 09:30 in London in January is 09:30 UTC, whatever the zone of the machine (the browser here runs in Asia/Shanghai)
  expect(saved).toMatchObject({ timeZone: 'Europe/London', groundRules: 'on_background', embargoUntil: Date.UTC(2030, 0, 2, 9, 30) });
  await expect(page.getByTestId(RECORD_TID.details.embargoUntil)).toHaveValue('2030-01-02T09:30');

  // the queue card's time is London's, not the browser's Shanghai time
  await api('live.start', { conferenceId: b.id });
  const question = await api('question.register', { conferenceId: b.id, outletId: b.outlet, text: 'On the talks?' });
  await goto(`/conference/${b.id}/live`);
  const card = page.getByTestId(TID.questionCard(question.id));
  await expect(card.locator('.q-time')).toHaveText(hhmm(question.registeredAt, 'Europe/London'));
  expect(hhmm(question.registeredAt, 'Europe/London')).not.toBe(hhmm(question.registeredAt, 'Asia/Shanghai'));

  // so is the stage's clock (read twice around it, in case the minute turns)
  await goto(`/stage/${b.id}`);
  const before = hhmm(Date.now(), 'Europe/London');
  const shown = await page.getByTestId(STAGE_TID.clock).textContent();
  expect([before, hhmm(Date.now(), 'Europe/London')]).toContain(shown?.trim());
});

/** Clicks Export and reads the call it makes (the preview has settled before, so this is the export's own call). */
async function exportCall(page: Page, click: () => Promise<void>): Promise<{ confirmEmbargo?: boolean; format: string }> {
  const [call] = await Promise.all([page.waitForRequest((r: Request) => r.url().endsWith('/api/transcript.export')), click()]);
  return JSON.parse(call.postData() ?? '{}') as { confirmEmbargo?: boolean; format: string };
}

test('exporting before the embargo asks first, then passes the confirmation; the JSON backup does not ask', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'Electron answers a download with the OS save dialog, which a test cannot click');
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en', embargoUntil: Date.now() + 24 * 3600_000 });
  await api('live.start', { conferenceId: b.id });
  await api('turn.add', { conferenceId: b.id, speakerKind: 'participant', participantId: b.host, text: 'Good afternoon.' });
  await api('live.end', { conferenceId: b.id });
  await goto(`/conference/${b.id}/review`);
  await page.getByTestId(EXPORT_TID.exportOpen).click();
  const dialog = page.getByTestId(EXPORT_TID.exportDialog);
  await dialog.getByTestId(EXPORT_TID.format('txt')).check();
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toHaveAttribute('data-state', 'ready');

  // Export asks; Back leaves without a file
  const confirm = dialog.getByTestId(RECORD_TID.embargoConfirm);
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByTestId(EXPORT_TID.submit).click();
  await expect(confirm).toContainText('本实录禁发至');
  await confirm.getByTestId(RECORD_TID.embargoBack).click();
  await expect(confirm).toHaveCount(0);
  expect(downloads).toBe(0);

  // asked again and confirmed: the call carries the confirmation, and the file comes
  await dialog.getByTestId(EXPORT_TID.submit).click();
  const [download, call] = await Promise.all([
    page.waitForEvent('download'),
    exportCall(page, () => confirm.getByTestId(RECORD_TID.embargoGo).click())
  ]);
  expect(call).toMatchObject({ format: 'txt', confirmEmbargo: true });
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('EMBARGOED UNTIL'); // the file says so itself
  await expect(dialog.getByTestId(EXPORT_TID.done)).toBeVisible();

  // the JSON backup is no publication: no question
  await dialog.getByTestId(EXPORT_TID.format('json')).check();
  await expect(dialog.getByTestId(EXPORT_TID.preview)).toContainText('rostrum.conference');
  const json = await exportCall(page, () => dialog.getByTestId(EXPORT_TID.submit).click());
  expect(json).toMatchObject({ format: 'json', confirmEmbargo: false });
  await expect(confirm).toHaveCount(0);
});

test('the actual start and end are corrected in review, typed in the conference’s zone, with history; start after end is refused', async ({
  rostrum
}) => {
  const { page, api, goto } = rostrum;
  const zone = 'America/New_York';
  const b = await briefing(api, { language: 'zh', timeZone: zone });
  await api('live.start', { conferenceId: b.id });
  await api('turn.add', { conferenceId: b.id, speakerKind: 'participant', participantId: b.host, text: '各位记者朋友，下午好。' });
  await api('live.end', { conferenceId: b.id });
  const ended = (await api('conference.get', { id: b.id })).conference;
  await goto(`/conference/${b.id}/review`);

  await page.getByTestId(RECORD_TID.timesOpen).click();
  const form = page.getByTestId(RECORD_TID.timesForm);
  const start = form.getByTestId(RECORD_TID.timesStart);
  await expect(start).toHaveValue(toZonedDateTimeLocal(ended.startedAt, zone));

  // a start after the end is refused, named, and changes nothing
  const end = toZonedDateTimeLocal(ended.endedAt, zone);
  const afterEnd = toZonedDateTimeLocal(ended.endedAt! + 3600_000, zone);
  await start.fill(afterEnd);
  await form.getByTestId(RECORD_TID.timesSave).click();
  await expect(form.getByTestId(TID.fieldError('startedAt'))).toHaveText('开始时间必须早于结束时间。');
  expect((await api('conference.get', { id: b.id })).conference.startedAt).toBe(ended.startedAt);

  // the start key was pressed late: the start is corrected to midnight of that day on New York's clock, with the reason
  const realStart = `${end.slice(0, 10)}T00:00`;
  await start.fill(realStart);
  await form.getByTestId(RECORD_TID.timesKind).selectOption('correction');
  await form.getByTestId(RECORD_TID.timesReason).fill('开始键按晚了');
  await form.getByTestId(RECORD_TID.timesSave).click();
  await expect(form).toHaveCount(0);
  const corrected = (await api('conference.get', { id: b.id })).conference;
  expect(toZonedDateTimeLocal(corrected.startedAt, zone)).toBe(realStart);
  expect(corrected.endedAt).toBe(ended.endedAt);
  const history = await api('conference.timeHistory', { id: b.id });
  expect(history).toEqual([
    expect.objectContaining({ field: 'startedAt', kind: 'correction', before: ended.startedAt, after: corrected.startedAt, reason: '开始键按晚了' })
  ]);

  // reopened, the form lists the change
  await page.getByTestId(RECORD_TID.timesOpen).click();
  await expect(form.getByTestId(RECORD_TID.timesEntry)).toHaveAttribute('data-kind', 'correction');
  await expect(form.getByTestId(RECORD_TID.timesEntry)).toContainText('开始键按晚了');
});
