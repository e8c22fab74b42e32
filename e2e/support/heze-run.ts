import { expect } from '@playwright/test';
import type { ConferenceDetail } from '../../src/shared/domain';
import type { RostrumFixture } from '../fixtures';
import { TID } from './console';
import { hezePlan, type HezePlan } from './heze';
import { advance, answer, callNext, closeAnswered, deliverStatement, endConference, registerQuestion, remark } from './live-flow';
import { addNewPerson, createConference, fillDetails, pasteStatement, setSegmentSpeaker } from './setup-flow';

export interface HezeRun {
  id: number;
  plan: HezePlan;
  /** the conference as set up, before it started */
  drafted: ConferenceDetail;
}

/**
 * The Heze conference of 2 January 2024, set up with the mouse and run with
 * the keyboard through the console, as a moderator does: the form typed, the
 * roster and the agenda built, the statement pasted and delivered paragraph by
 * paragraph with the "delivered" key, the questions registered by outlet and
 * answered by the spokesperson picked with a number key, the closing, the end.
 * The API is only read (to learn the ids the screen shows), never written.
 */
export async function runHezeThroughConsole(rostrum: RostrumFixture): Promise<HezeRun> {
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
  const host = drafted.participants.find((p) => p.role === 'host')!;
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
  return { id, plan, drafted };
}
