import { test, expect } from './fixtures';
import { TID, recordLines } from './support/console';
import { runHezeThroughConsole } from './support/heze-run';

/**
 * The Heze conference of 2 January 2024, set up with the mouse and run with the
 * keyboard through the console, as a moderator would (support/heze-run.ts); the
 * record it leaves must be the published transcript, paragraph for paragraph.
 * Its exports are compared with the transcript in heze-through-ui.spec.ts.
 */
test('the Heze conference is set up and run through the console, and its record is the transcript', async ({ rostrum }) => {
  const { page, api } = rostrum;
  const { id, plan, drafted } = await runHezeThroughConsole(rostrum);
  const header = plan.script.header;

  // ── what the set-up left ──
  expect(drafted.conference.header).toMatchObject({ source: header.source, author: header.author, publishedAt: header.publishedAt });
  expect(drafted.participants.map((p) => [p.role, p.name, p.title])).toEqual([
    ['host', plan.host.name, ''],
    ...plan.spokespeople.map((s) => ['spokesperson', s.name, s.title])
  ]);
  expect(drafted.segments.map((s) => s.kind)).toEqual(['opening', 'introduction', 'statement', 'qa', 'closing']);

  // ── the record ──
  const ended = await api('conference.get', { id });
  expect(ended.conference.status).toBe('ended');
  expect(ended.questions.map((q) => q.status)).toEqual(['answered', 'answered', 'answered']);
  expect(ended.outlets.map((o) => [o.name, o.category])).toEqual(plan.exchanges.map((e) => [e.outlet, 'provincial']));
  expect(await recordLines(api, id)).toEqual(plan.record);
  const turns = await api('turn.list', { conferenceId: id });
  const answers = turns.filter((t) => t.questionId !== null && t.speakerKind === 'participant');
  expect(answers.map((t) => ended.participants.find((p) => p.id === t.participantId)?.name)).toEqual(plan.exchanges.map((e) => e.answerer));

  // ── after: the review view shows the turns ──
  await page.getByTestId(TID.conferenceTab('review')).click();
  const timeline = page.getByTestId(TID.timeline);
  await expect(timeline.getByTestId(TID.turnRow(turns[0]!.id))).toContainText(plan.opening.split('\n')[0]!);
  const last = turns.at(-1)!;
  await page.getByTestId(TID.timelineSearch).fill(last.text.split('\n').at(-1)!);
  await expect(timeline.getByTestId(TID.turnRow(last.id))).toBeVisible();
  await expect(timeline.getByTestId(TID.turnRow(turns[0]!.id))).toHaveCount(0); // the search filtered it out
});
