import { test, expect } from './fixtures';
import { TID, recordLines } from './support/console';
import { hezePlan } from './support/heze';
import { advance, answer, callNext, closeAnswered, deliverStatement, endConference, registerQuestion, remark } from './support/live-flow';
import { addNewPerson, createConference, fillDetails, pasteStatement, setSegmentSpeaker } from './support/setup-flow';

/**
 * The Heze conference of 2 January 2024, set up with the mouse and run with the
 * keyboard through the console, as a moderator would; the record it leaves must
 * be the published transcript, paragraph for paragraph.
 */
test('the Heze conference is set up and run through the console, and its record is the transcript', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const plan = hezePlan();
  const header = plan.script.header;

  // ── before: details, roster, agenda, statement ──
  const id = await createConference(page, { title: plan.title, minutes: '75' });
  await fillDetails(page, {
    source: header.source,
    author: header.author,
    publishedAt: header.publishedAt,
    lead: plan.script.lead.join('\n'),
    credits: plan.script.credits.join('\n')
  });
  await addNewPerson(page, { name: plan.host.name, honorific: '', position: '', organisation: plan.host.organisation }, 'host');
  for (const s of plan.spokespeople) {
    await addNewPerson(page, { name: s.name, honorific: s.honorific, position: s.title, organisation: '' }, 'spokesperson');
  }

  const drafted = await api('conference.get', { id });
  expect(drafted.conference.header).toMatchObject({ source: header.source, author: header.author, publishedAt: header.publishedAt });
  expect(drafted.participants.map((p) => [p.role, p.name, p.title])).toEqual([
    ['host', plan.host.name, ''],
    ...plan.spokespeople.map((s) => ['spokesperson', s.name, s.title])
  ]);
  expect(drafted.segments.map((s) => s.kind)).toEqual(['opening', 'introduction', 'statement', 'qa', 'closing']);
  const host = drafted.participants[0]!;
  const reader = drafted.participants.find((p) => p.name === plan.statementSpeaker)!;
  const seg = Object.fromEntries(drafted.segments.map((s) => [s.kind, s]));
  for (const kind of ['opening', 'introduction', 'closing']) await setSegmentSpeaker(page, seg[kind]!.id, host.id, host.name);
  await setSegmentSpeaker(page, seg.statement!.id, reader.id, reader.name);
  await pasteStatement(page, seg.statement!.id, plan.statement);

  // ── during: every live action by keyboard ──
  await page.getByTestId(TID.conferenceTab('live')).click();
  await expect(page.getByTestId(TID.live.start)).toBeVisible();
  await advance(page, seg.opening!.title); // PgDn on a draft starts it
  await remark(page, plan.opening);
  await advance(page, seg.introduction!.title);
  await remark(page, plan.introduction);
  await advance(page, seg.statement!.title);
  await expect(page.getByTestId(TID.live.segmentSpeaker)).toContainText(reader.name);
  await deliverStatement(page, plan.statement.split('\n').length);
  await advance(page, seg.qa!.title);
  await remark(page, plan.qaOpening);

  const spokespeople = drafted.participants.filter((p) => p.role === 'spokesperson');
  for (const exchange of plan.exchanges) {
    await registerQuestion(page, { outlet: exchange.outlet, category: 'provincial', text: exchange.question, addressedTo: exchange.answerer });
  }
  for (const exchange of plan.exchanges) {
    await callNext(page, exchange.outlet);
    // the number keys follow the spokespeople's order on the roster
    const answerer = spokespeople.findIndex((p) => p.name === exchange.answerer);
    await answer(page, { key: answerer + 1, participantId: spokespeople[answerer]!.id }, exchange.answer);
    await closeAnswered(page);
  }

  await advance(page, seg.closing!.title);
  await remark(page, plan.closing);
  await endConference(page);

  // ── the record ──
  const ended = await api('conference.get', { id });
  expect(ended.conference.status).toBe('ended');
  expect(ended.questions.map((q) => q.status)).toEqual(['answered', 'answered', 'answered']);
  expect(ended.outlets.map((o) => [o.name, o.category])).toEqual(plan.exchanges.map((e) => [e.outlet, 'provincial']));
  expect(await recordLines(api, id)).toEqual(plan.record);
  const turns = await api('turn.list', { conferenceId: id });
  const answers = turns.filter((t) => t.questionId !== null && t.speakerKind === 'participant');
  expect(answers.map((t) => ended.participants.find((p) => p.id === t.participantId)?.name)).toEqual(
    plan.exchanges.map((e) => e.answerer)
  );

  // ── after: the review view shows the turns ──
  await page.getByTestId(TID.conferenceTab('review')).click();
  const timeline = page.getByTestId(TID.timeline);
  await expect(timeline.getByTestId(TID.turnRow(turns[0]!.id))).toContainText(plan.opening.split('\n')[0]!);
  const last = turns.at(-1)!;
  await page.getByTestId(TID.timelineSearch).fill(last.text.split('\n').at(-1)!);
  await expect(timeline.getByTestId(TID.turnRow(last.id))).toBeVisible();
  await expect(timeline.getByTestId(TID.turnRow(turns[0]!.id))).toHaveCount(0); // the search filtered it out
});
