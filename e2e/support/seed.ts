import type { Participant, Segment, SegmentKind } from '../../src/shared/domain';
import type { Api } from './console';
import type { HezePlan } from './heze';

/**
 * The Heze conference put in place through the API, for the specs whose subject
 * is not the set-up itself (sync, reload, undo, screenshots): fast, and the same
 * calls the console makes. The fixture-conference spec does all of this through the UI.
 */
export interface Seeded {
  id: number;
  host: Participant;
  /** spokespeople by name */
  speakers: Map<string, Participant>;
  segments: Record<SegmentKind, Segment>;
  /** outlet ids by name */
  outlets: Map<string, number>;
  /** question ids in the order of the plan's exchanges (once registered) */
  questions: number[];
}

/** The person of that name in the directory, made if missing (several conferences share their people). */
async function person(api: Api, input: { name: string; honorific?: Participant['honorific']; position?: string; organisation?: string }) {
  const found = (await api('person.list', { query: input.name })).find((p) => p.name === input.name);
  return found ?? api('person.create', input);
}

/**
 * A draft of the Heze conference: header, roster, the standard agenda with its
 * speakers and the statement; the plan's outlets in the directory unless `outlets: false`.
 */
export async function seedDraft(api: Api, plan: HezePlan, options: { title?: string; outlets?: boolean } = {}): Promise<Seeded> {
  const header = plan.script.header;
  const conference = await api('conference.create', {
    title: options.title ?? plan.title,
    language: 'zh',
    template: 'standard',
    plannedSeconds: 75 * 60,
    header: { ...header, lead: plan.script.lead.join('\n'), credits: plan.script.credits.join('\n'), editingStandard: 'edited' }
  });
  const id = conference.id;
  const hostPerson = await person(api, { name: plan.host.name, organisation: plan.host.organisation });
  const host = await api('participant.add', { conferenceId: id, personId: hostPerson.id, role: 'host' });
  const speakers = new Map<string, Participant>();
  for (const s of plan.spokespeople) {
    const p = await person(api, { name: s.name, honorific: s.honorific, position: s.title });
    speakers.set(s.name, await api('participant.add', { conferenceId: id, personId: p.id, role: 'spokesperson' }));
  }
  const detail = await api('conference.get', { id });
  const segments = Object.fromEntries(detail.segments.map((s) => [s.kind, s])) as Record<SegmentKind, Segment>;
  for (const kind of ['opening', 'introduction', 'closing'] as const) {
    await api('segment.update', { id: segments[kind].id, speakerId: host.id });
  }
  const reader = speakers.get(plan.statementSpeaker)!;
  await api('segment.update', { id: segments.statement.id, speakerId: reader.id, preparedText: plan.statement });
  const outlets = new Map<string, number>();
  if (options.outlets !== false) {
    const directory = await api('outlet.list', { limit: 500 });
    for (const e of plan.exchanges) {
      const found = directory.find((o) => o.name === e.outlet);
      outlets.set(e.outlet, found?.id ?? (await api('outlet.create', { name: e.outlet, category: 'provincial' })).id);
    }
  }
  return { id, host, speakers, segments, outlets, questions: [] };
}

/** Start, the host's opening, the statement read out, into the Q&A with the host's hand-over said. */
export async function runToQa(api: Api, plan: HezePlan, seeded: Seeded): Promise<void> {
  const conferenceId = seeded.id;
  const say = (participantId: number, text: string) => api('turn.add', { conferenceId, speakerKind: 'participant', participantId, text });
  await api('live.start', { conferenceId });
  await say(seeded.host.id, plan.opening);
  await api('live.advance', { conferenceId });
  await say(seeded.host.id, plan.introduction);
  await api('live.advance', { conferenceId });
  const reader = seeded.speakers.get(plan.statementSpeaker)!;
  for (const paragraph of plan.statement.split('\n')) await say(reader.id, paragraph);
  await api('live.advance', { conferenceId });
  await say(seeded.host.id, plan.qaOpening);
}

/** The plan's questions in the queue, each addressed to the one who answers it. */
export async function registerQuestions(api: Api, plan: HezePlan, seeded: Seeded): Promise<void> {
  for (const e of plan.exchanges) {
    const q = await api('question.register', {
      conferenceId: seeded.id,
      outletId: seeded.outlets.get(e.outlet)!,
      text: e.question,
      addressedToId: seeded.speakers.get(e.answerer)!.id
    });
    seeded.questions.push(q.id);
  }
}

/** Calls, answers and closes the exchange at `index` of the plan. */
export async function answerExchange(api: Api, plan: HezePlan, seeded: Seeded, index: number, close = true): Promise<void> {
  const e = plan.exchanges[index]!;
  const id = seeded.questions[index]!;
  await api('question.call', { conferenceId: seeded.id, id });
  await api('answer.record', { questionId: id, participantId: seeded.speakers.get(e.answerer)!.id, text: e.answer });
  if (close) await api('question.close', { id, status: 'answered' });
}

/** The rest: the closing said, the conference ended. */
export async function finish(api: Api, plan: HezePlan, seeded: Seeded): Promise<void> {
  await api('live.advance', { conferenceId: seeded.id });
  await api('turn.add', { conferenceId: seeded.id, speakerKind: 'participant', participantId: seeded.host.id, text: plan.closing });
  await api('live.end', { conferenceId: seeded.id });
}
