import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EXPORT_TID } from '../src/renderer/src/views/export/testids';
import { RECORD_TID } from '../src/renderer/src/views/record/testids';
import { STAGE_TID } from '../src/renderer/src/views/stage/stage-testids';
import { test, expect } from './fixtures';
import { TID, leaveField, paste, shortcut } from './support/console';
import { txtLines } from './support/export-text';
import { advance, answer, callNext, closeAnswered, deliverStatement, endConference, registerQuestion, remark } from './support/live-flow';
import { addNewPerson, createConference, pasteStatement, setSegmentSpeaker } from './support/setup-flow';

/**
 * An English briefing set up and run through the console at a laptop's size,
 * by real keys and clicks, as a moderator does: time zone, ground rules and
 * embargo typed in set-up; a roster with an interpreter; the statement pasted
 * and delivered with D; a stage note after the words it follows; questions
 * registered by outlet, answered with a number key, a supplementary answer by
 * a second spokesperson, an interpretation with I, a reporter's "Q" remark;
 * exported as TXT from the dialog (the embargo asked for) and read line by line
 * against the text a press office would publish.
 * QA_SHOTS=<folder> saves the console and the stage at each step, to look at.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const STATEMENT = [
  'Good afternoon. The ministers met this morning and agreed on a joint plan for the flood-hit provinces.',
  'The plan funds new levees, temporary housing for 12,000 families and a clinic in every district that lost one.',
  'We will report on progress every month, starting in February.'
];
const Q1 = 'The plan names twelve thousand families, but the provinces counted more. Who decides which families get housing first, and when?';
const A1 = `The provinces decide, with the ministry's help. ${'Each district sends its list, and the lists are checked against the census and against what the relief teams saw on the ground. '.repeat(4)}The first homes open in March.`;
const A1_SUPPLEMENT = 'Let me add that the clinics come first: six open this month.';
const Q2 = 'Will foreign donors be asked to join the plan, and if so, through which body will their funds be channelled?';
const A2 = 'Yes, through the relief fund that already exists; it publishes its accounts every quarter.';
const INTERPRETATION = '是的，通过现有的救济基金；该基金每季度公布账目。';

const ZONE = 'America/New_York';
/** "December 4, 2026" on the conference's clock */
const longDate = (ms: number) => new Intl.DateTimeFormat('en-US', { timeZone: ZONE, dateStyle: 'long' }).format(ms);
/** "11:45 P.M. EST" on the conference's clock, as American transcripts print a time */
function clock(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('hour')}:${part('minute')} ${part('dayPeriod') === 'AM' ? 'A.M.' : 'P.M.'} ${part('timeZoneName')}`;
}

async function look(page: Page, stage: Page, step: string): Promise<void> {
  const dir = process.env.QA_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `en-${step}-console.png`) });
  await stage.screenshot({ path: path.join(dir, `en-${step}-stage.png`) });
}

/** The remark bar's speaker by its value (a participant id, "reporter" or "note"), the words, Enter. */
async function sayAs(page: Page, speaker: string, text: string): Promise<void> {
  await page.getByTestId(TID.remarkSpeaker).selectOption(speaker);
  await page.getByTestId(TID.remarkText).click();
  await paste(page, text);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
  await leaveField(page);
}

test('an English briefing run through the console with real keys exports as a press office publishes it', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'Electron answers a download with the OS save dialog, which a test cannot click');
  test.setTimeout(120_000);
  const { page, api, openSecondWindow } = rostrum;
  await page.getByTestId(TID.langSwitch).selectOption('en');
  await page.getByTestId(TID.create.language).selectOption('en');
  const id = await createConference(page, { title: 'Briefing on the Flood Recovery Plan', minutes: '45' });

  // ── details: zone, ground rules, embargo ──
  await page.getByTestId(RECORD_TID.details.timeZone).fill(ZONE);
  await page.getByTestId(RECORD_TID.details.groundRules).selectOption('on_the_record');
  await page.getByTestId(RECORD_TID.details.embargoUntil).fill('2099-01-02T09:30');
  await page.getByTestId(TID.details.save).click();
  await expect(page.getByTestId(TID.details.save)).toBeDisabled();

  // ── roster and agenda ──
  await addNewPerson(page, { name: 'Ned Carver', honorific: 'Mr', position: 'Deputy Spokesperson', organisation: '' }, 'host');
  await addNewPerson(page, { name: 'Dana Reyes', honorific: 'Ms', position: 'Minister of Reconstruction', organisation: '' }, 'spokesperson');
  await addNewPerson(page, { name: 'Alan Brisk', honorific: 'Dr', position: 'Chief Medical Officer', organisation: '' }, 'spokesperson');
  await addNewPerson(page, { name: 'Li Wen', honorific: 'Ms', position: '', organisation: '' }, 'interpreter');
  const drafted = await api('conference.get', { id });
  const person = (name: string) => drafted.participants.find((p) => p.name === name)!;
  const seg = Object.fromEntries(drafted.segments.map((s) => [s.kind, s]));
  for (const kind of ['opening', 'introduction', 'closing']) await setSegmentSpeaker(page, seg[kind]!.id, person('Ned Carver').id, 'Ned Carver');
  await setSegmentSpeaker(page, seg.statement!.id, person('Dana Reyes').id, 'Dana Reyes');
  await pasteStatement(page, seg.statement!.id, STATEMENT.join('\n'));

  // ── live, with the stage open beside ──
  const stage = await openSecondWindow(`/stage/${id}`);
  await stage.setViewportSize({ width: 1024, height: 768 }); // a 4:3 projector
  await page.getByTestId(TID.conferenceTab('live')).click();
  await expect(page.getByTestId(TID.live.start)).toBeVisible();
  await advance(page, seg.opening!.title);
  await remark(page, 'Good afternoon, everyone. Welcome to the briefing.');
  await advance(page, seg.introduction!.title);
  await remark(page, 'With us today are the Minister of Reconstruction and the Chief Medical Officer.');
  await advance(page, seg.statement!.title);
  await deliverStatement(page, STATEMENT.length);
  await sayAs(page, 'note', '(Applause.)');
  await look(page, stage, '1-statement');
  await advance(page, seg.qa!.title);

  await registerQuestion(page, { outlet: 'Reuters', category: 'foreign', text: Q1 });
  await registerQuestion(page, { outlet: 'Xinhua News Agency', category: 'central', text: Q2 });
  await callNext(page, 'Reuters');
  await expect(stage.getByTestId(STAGE_TID.questionText)).toContainText('twelve thousand');
  await answer(page, { key: 1, participantId: person('Dana Reyes').id }, A1);
  await look(page, stage, '2-answered');
  // a supplementary answer by the second spokesperson, recorded and closed with Ctrl+Enter
  await page.keyboard.press('2');
  await expect(page.getByTestId(TID.answerText)).toBeFocused();
  await paste(page, A1_SUPPLEMENT);
  await shortcut(page, 'recordAndClose');
  await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
  await sayAs(page, 'note', '(Laughter.)');

  await callNext(page, 'Xinhua');
  await answer(page, { key: 1, participantId: person('Dana Reyes').id }, A2);
  await shortcut(page, 'interpret');
  await expect(page.getByTestId(RECORD_TID.interprets)).toBeVisible();
  await paste(page, INTERPRETATION);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(RECORD_TID.interprets)).toHaveCount(0);
  await leaveField(page);
  await closeAnswered(page);
  await sayAs(page, 'reporter', 'Thank you.');
  await look(page, stage, '3-qa');

  await advance(page, seg.closing!.title);
  await remark(page, 'Thank you all. This briefing is concluded.');
  await endConference(page);

  // ── the export dialog, the embargo asked for ──
  await page.getByTestId(TID.conferenceTab('review')).click();
  await page.getByTestId(EXPORT_TID.exportOpen).click();
  const dialog = page.getByTestId(EXPORT_TID.exportDialog);
  await dialog.getByTestId(EXPORT_TID.format('txt')).check();
  await dialog.getByTestId(EXPORT_TID.submit).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId(RECORD_TID.embargoGo).click()]);
  const lines = txtLines(fs.readFileSync(await download.path()));
  const { conference } = await api('conference.get', { id });
  expect(lines).toEqual([
    'Briefing on the Flood Recovery Plan',
    'EMBARGOED UNTIL 9:30 A.M. EST, JANUARY 2, 2099',
    'ON THE RECORD',
    longDate(conference.startedAt!),
    clock(conference.startedAt!),
    'MR. CARVER:  Good afternoon, everyone. Welcome to the briefing.',
    // a new segment starts a new run, as published records print it
    'MR. CARVER:  With us today are the Minister of Reconstruction and the Chief Medical Officer.',
    // one label over the three paragraphs delivered with D, the note inline after the last
    `MS. REYES:  ${STATEMENT[0]}`,
    STATEMENT[1],
    `${STATEMENT[2]} (Applause.)`,
    `Q  ${Q1}`,
    `MS. REYES:  ${A1}`,
    `DR. BRISK:  ${A1_SUPPLEMENT} (Laughter.)`,
    `Q  ${Q2}`,
    `MS. REYES:  ${A2}`,
    `INTERPRETER:  ${INTERPRETATION}`,
    'Q  Thank you.',
    'MR. CARVER:  Thank you all. This briefing is concluded.',
    `END ${clock(conference.endedAt!)}`
  ]);
});
