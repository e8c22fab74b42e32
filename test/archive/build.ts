import type { TestApp } from '../helpers';

/** Directory entries that tests share; created once per app, found by name after. */
export function directory(app: TestApp) {
  const { invoke } = app.router;
  const person = (name: string, position = '') =>
    invoke('person.list', { query: name }).find((p) => p.name === name) ?? invoke('person.create', { name, position });
  const outlet = (name: string, category: 'central' | 'provincial' | 'local' | 'hmt' | 'foreign' | 'online') =>
    invoke('outlet.list', { query: name }).find((o) => o.name === name) ?? invoke('outlet.create', { name, category });
  return { person, outlet };
}

export interface HeldConference {
  id: number;
  hostId: number;
  spokespeople: number[];
  questions: number[];
  turns: number[];
}

/**
 * Runs a small conference through the router, the way the console does:
 * an opening, a statement, questions from the given outlets each answered by
 * a spokesperson, and the end. The clock moves 60 s per turn.
 */
export function holdConference(
  app: TestApp,
  options: {
    title: string;
    language?: 'zh' | 'en';
    spokespeople: string[];
    statement?: string;
    questions: { outlet: string; text: string; answer: string; by?: number }[];
    unasked?: { outlet: string; text: string; status: 'written_reply' | 'not_reached' }[];
    extendSeconds?: number;
  }
): HeldConference {
  const { invoke } = app.router;
  const dir = directory(app);
  const conference = invoke('conference.create', { title: options.title, language: options.language ?? 'zh', plannedSeconds: 3600 });
  const host = invoke('participant.add', { conferenceId: conference.id, personId: dir.person('主持人甲').id, role: 'host' });
  const spokespeople = options.spokespeople.map(
    (name) => invoke('participant.add', { conferenceId: conference.id, personId: dir.person(name).id, role: 'spokesperson' }).id
  );
  const turns: number[] = [];
  const questions: number[] = [];
  const say = (participantId: number, text: string) => {
    turns.push(invoke('turn.add', { conferenceId: conference.id, speakerKind: 'participant', participantId, text }).id);
    app.clock.advance(60_000);
  };
  invoke('live.start', { conferenceId: conference.id });
  say(host.id, '新闻界的朋友们，大家上午好！');
  invoke('live.advance', { conferenceId: conference.id });
  invoke('live.advance', { conferenceId: conference.id });
  if (options.statement) say(spokespeople[0]!, options.statement);
  if (options.extendSeconds) invoke('live.extend', { conferenceId: conference.id, segmentId: null, seconds: options.extendSeconds });
  invoke('live.advance', { conferenceId: conference.id });
  for (const q of options.unasked ?? []) {
    const registered = invoke('question.register', { conferenceId: conference.id, outletId: dir.outlet(q.outlet, 'local').id, text: q.text });
    questions.push(registered.id);
    invoke('question.close', { id: registered.id, status: q.status });
  }
  for (const q of options.questions) {
    const registered = invoke('question.register', { conferenceId: conference.id, outletId: dir.outlet(q.outlet, 'provincial').id, text: q.text });
    questions.push(registered.id);
    invoke('question.call', { conferenceId: conference.id, id: registered.id });
    app.clock.advance(30_000);
    const answer = invoke('answer.record', { questionId: registered.id, participantId: spokespeople[q.by ?? 0]!, text: q.answer });
    turns.push(answer.id);
    app.clock.advance(90_000);
    invoke('question.close', { id: registered.id, status: 'answered' });
  }
  invoke('live.advance', { conferenceId: conference.id });
  say(host.id, '本场新闻发布会到此结束，谢谢大家！');
  invoke('live.end', { conferenceId: conference.id });
  app.clock.advance(3_600_000);
  return { id: conference.id, hostId: host.id, spokespeople, questions, turns };
}
