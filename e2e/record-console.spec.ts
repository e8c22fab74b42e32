import { test, expect } from './fixtures';
import zhKeys from '../src/renderer/src/i18n/locales/zh/keys.json';
import enKeys from '../src/renderer/src/i18n/locales/en/keys.json';
import { RECORD_TID } from '../src/renderer/src/views/record/testids';
import { TID, leaveField, paste, shortcut } from './support/console';
import { briefing } from './support/record-seed';

/**
 * Issue #11 in the live console: I records the next words as the
 * interpretation of the turn before; the remark bar records a reporter's
 * remark that is no question ("Q") and a stage note; a question closed with R
 * gets its written reply from the queue. Each read back through the API.
 */

/** The remark bar's speaker, by its value (a participant id, "reporter" or "note"), then the words and Enter. */
async function sayAs(page: import('@playwright/test').Page, speaker: string, text: string): Promise<void> {
  await page.getByTestId(TID.remarkSpeaker).selectOption(speaker);
  await page.getByTestId(TID.remarkText).click();
  await paste(page, text);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
  await leaveField(page);
}

test('I records an interpretation of the turn before; Q remarks and stage notes are no questions', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en' });
  await goto(`/conference/${b.id}/live`);
  await shortcut(page, 'advance'); // PgDn starts the draft
  await expect(page.getByTestId(TID.remarkText)).toBeVisible();

  await sayAs(page, String(b.speaker), 'We are deeply concerned about the situation.');
  const [said] = await api('turn.list', { conferenceId: b.id });

  // I: the remark bar says whose words it interprets, and offers the interpreter first
  await shortcut(page, 'interpret');
  const interprets = page.getByTestId(RECORD_TID.interprets);
  await expect(interprets).toHaveAttribute('data-turn-id', String(said!.id));
  await expect(interprets).toContainText('We are deeply concerned');
  await expect(page.getByTestId(TID.remarkSpeaker)).toHaveValue(String(b.interpreter));
  await expect(page.getByTestId(TID.remarkText)).toBeFocused();
  await paste(page, '我们对局势深表关切。');
  await page.keyboard.press('Enter');
  await expect(interprets).toHaveCount(0);
  await leaveField(page);

  await sayAs(page, 'reporter', 'Thank you.');
  await sayAs(page, 'note', '(Laughter.)');

  const turns = await api('turn.list', { conferenceId: b.id });
  expect(turns.map((t) => [t.speakerKind, t.participantId, t.text, t.interpretsTurnId, t.questionId])).toEqual([
    ['participant', b.speaker, 'We are deeply concerned about the situation.', null, null],
    ['participant', b.interpreter, '我们对局势深表关切。', said!.id, null],
    ['reporter', null, 'Thank you.', null, null],
    ['note', null, '(Laughter.)', null, null]
  ]);
  expect((await api('conference.get', { id: b.id })).questions).toHaveLength(0); // the remark registered no question
  // the export prints the interpretation under its label right after the words it renders, and the remark as Q
  const txt = (await api('transcript.export', { conferenceId: b.id, format: 'txt' })).content;
  const interpreterLabel = (await api('conference.get', { id: b.id })).participants.find((p) => p.id === b.interpreter)!.label;
  expect(txt.indexOf('We are deeply concerned')).toBeLessThan(txt.indexOf(`${interpreterLabel}:`));
  expect(txt).toMatch(/^Q:?\s+Thank you\.\s*\(Laughter\.\)/m);

  // Esc leaves I without recording anything
  await shortcut(page, 'interpret');
  await expect(interprets).toBeVisible();
  await paste(page, 'not recorded');
  await page.keyboard.press('Escape');
  await expect(interprets).toHaveCount(0);
  expect(await api('turn.list', { conferenceId: b.id })).toHaveLength(4);

  // the help overlay lists the key, in both languages
  await leaveField(page);
  await shortcut(page, 'help');
  const help = page.getByTestId(TID.helpOverlay);
  await expect(help.locator('.help-row', { hasText: zhKeys.actions.interpret }).locator('kbd')).toHaveText('I');
  await page.keyboard.press('Escape');
  await page.getByTestId(TID.langSwitch).selectOption('en');
  await leaveField(page);
  await shortcut(page, 'help');
  await expect(help.locator('.help-row', { hasText: enKeys.actions.interpret }).locator('kbd')).toHaveText('I');
  await page.keyboard.press('Escape');

  // the review shows the interpretation paired with the words it renders, and the remark as Q
  await goto(`/conference/${b.id}/review`);
  const interpretation = turns[1]!;
  const label = (await api('conference.get', { id: b.id })).participants.find((p) => p.id === b.speaker)!.label;
  await expect(page.getByTestId(RECORD_TID.interpretation(interpretation.id))).toContainText(label);
  await expect(page.getByTestId(TID.turnRow(turns[2]!.id))).toContainText('Q');
});

test('a question closed with R gets its written reply from the queue; the review corrects it, and a bad one is refused', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'zh', timeZone: 'Asia/Shanghai' });
  await api('live.start', { conferenceId: b.id });
  for (let i = 0; i < 3; i++) await api('live.advance', { conferenceId: b.id }); // to the questions
  const question = await api('question.register', {
    conferenceId: b.id,
    outletId: b.outlet,
    text: '请问明年的对外援助预算是多少？',
    addressedToId: b.speaker
  });
  await goto(`/conference/${b.id}/live`);

  // J selects the waiting question, R leaves it for a written reply
  await shortcut(page, 'selectNext');
  await expect(page.getByTestId(TID.questionCard(question.id))).toHaveAttribute('data-selected', 'true');
  await shortcut(page, 'writtenReply');
  await page.getByRole('tab').nth(1).click();
  const card = page.getByTestId(TID.questionCard(question.id));
  await expect(card).toHaveAttribute('data-status', 'written_reply');

  await card.getByTestId(RECORD_TID.replyOpen(question.id)).click();
  const form = page.getByTestId(RECORD_TID.replyForm);
  await expect(form.getByTestId(RECORD_TID.replySpeaker)).toHaveValue(String(b.speaker)); // the question was addressed to them
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now());
  await expect(form.getByTestId(RECORD_TID.replyDate)).toHaveValue(today);
  await expect(form.getByTestId(RECORD_TID.replyText)).toBeFocused();
  await paste(page, '明年对外援助预算将按程序公布，届时请关注。');
  await form.getByTestId(RECORD_TID.replySave).click();
  await expect(form).toHaveCount(0);
  await expect(card.getByTestId(RECORD_TID.replyOpen(question.id))).toHaveAttribute('data-replied', 'true');
  const [reply] = await api('reply.list', { conferenceId: b.id });
  expect(reply).toMatchObject({
    questionId: question.id,
    participantId: b.speaker,
    text: '明年对外援助预算将按程序公布，届时请关注。',
    repliedOn: today
  });

  // after the end, in the review: an empty reply is refused with the field named, and nothing changes
  await api('live.end', { conferenceId: b.id });
  await goto(`/conference/${b.id}/review`);
  const panel = page.getByTestId(RECORD_TID.repliesPanel);
  await expect(panel).not.toHaveAttribute('open'); // folded: no reply is awaited
  await panel.locator('summary').click();
  await expect(panel.getByTestId(RECORD_TID.reply(question.id))).toContainText('届时请关注');
  await panel.getByTestId(RECORD_TID.replyOpen(question.id)).click();
  await form.getByTestId(RECORD_TID.replyText).fill('');
  await form.getByTestId(RECORD_TID.replySave).click();
  await expect(form.getByTestId(TID.fieldError('text'))).toHaveText('不能为空');
  await expect(form.getByTestId(RECORD_TID.replyError)).toContainText('内容：不能为空');
  expect(await api('reply.list', { conferenceId: b.id })).toEqual([reply]);

  // corrected: another spokesperson (the interpreter, say), new words, the day it was sent
  await form.getByTestId(RECORD_TID.replyText).fill('明年预算将于三月公布。');
  await form.getByTestId(RECORD_TID.replyDate).fill('2024-01-05');
  await form.getByTestId(RECORD_TID.replySpeaker).selectOption(String(b.interpreter));
  await form.getByTestId(RECORD_TID.replyKind).selectOption('alteration');
  await form.getByTestId(RECORD_TID.replyReason).fill('按新闻办审定稿');
  await form.getByTestId(RECORD_TID.replySave).click();
  await expect(form).toHaveCount(0);
  await expect(panel.getByTestId(RECORD_TID.reply(question.id))).toContainText('2024-01-05');
  expect(await api('reply.list', { conferenceId: b.id })).toEqual([
    expect.objectContaining({ id: reply!.id, participantId: b.interpreter, text: '明年预算将于三月公布。', repliedOn: '2024-01-05' })
  ]);
  // the change is kept in the reply's history, as the kind and with the reason chosen
  expect(await api('reply.history', { id: reply!.id })).toEqual([
    expect.objectContaining({ kind: 'alteration', reason: '按新闻办审定稿', textAfter: '明年预算将于三月公布。', repliedOnAfter: '2024-01-05' })
  ]);
});
