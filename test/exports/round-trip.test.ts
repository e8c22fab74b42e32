import { afterEach, describe, expect, it } from 'vitest';
import type { ConferenceFile } from '../../src/shared/schemas-export';
import { dump, expectRefused } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { buildFixtureConference } from './build-fixture';
import { exportAs, richConference } from './export-helpers';
import { runConference } from '../record/builder';

const apps: TestApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.cleanup();
});
const open = () => {
  const app = openTestApp();
  apps.push(app);
  return app;
};

const exportFile = (app: TestApp, conferenceId: number): ConferenceFile => JSON.parse(exportAs(app, conferenceId, 'json').content) as ConferenceFile;

/**
 * The file with every id replaced by the entity's place in the file (people and
 * outlets by name, as the directory of another installation orders them
 * differently), and the stamps an import sets afresh left out.
 */
function withoutIds(file: ConferenceFile) {
  const people = [...file.people].sort((a, b) => `${a.name}\u0000${a.organisation}`.localeCompare(`${b.name}\u0000${b.organisation}`));
  const outlets = [...file.outlets].sort((a, b) => a.name.localeCompare(b.name));
  const index = (items: { id: number }[]) => {
    const map = new Map(items.map((item, i) => [item.id, i + 1]));
    return (id: number | null) => (id === null ? null : (map.get(id) ?? `missing ${id}`));
  };
  const [person, outlet, participant, segment, question, turn, revision, extension, redaction, reply, timeRevision, replyRevision] = [
    index(people),
    index(outlets),
    index(file.participants),
    index(file.segments),
    index(file.questions),
    index(file.turns),
    index(file.turnHistory),
    index(file.extensions),
    index(file.redactions),
    index(file.writtenReplies),
    index(file.timeHistory),
    index(file.writtenReplyHistory)
  ];
  return {
    conference: { ...file.conference, id: 0, updatedAt: 0, lastQuestionId: question(file.conference.lastQuestionId) },
    people: people.map((p) => ({ ...p, id: person(p.id) })),
    outlets: outlets.map((o) => ({ ...o, id: outlet(o.id) })),
    participants: file.participants.map((p) => ({ ...p, id: participant(p.id), personId: person(p.personId) })),
    segments: file.segments.map((s) => ({ ...s, id: segment(s.id), speakerId: participant(s.speakerId) })),
    questions: file.questions.map((q) => ({
      ...q,
      id: question(q.id),
      outletId: outlet(q.outletId),
      addressedToId: participant(q.addressedToId),
      followUpOf: question(q.followUpOf),
      segmentId: segment(q.segmentId)
    })),
    turns: file.turns.map((t) => ({
      ...t,
      id: turn(t.id),
      segmentId: segment(t.segmentId),
      questionId: question(t.questionId),
      participantId: participant(t.participantId),
      outletId: outlet(t.outletId),
      interpretsTurnId: turn(t.interpretsTurnId)
    })),
    turnHistory: file.turnHistory.map((h) => ({ ...h, id: revision(h.id), turnId: turn(h.turnId) })),
    extensions: file.extensions.map((e) => ({ ...e, id: extension(e.id), segmentId: segment(e.segmentId) })),
    redactions: file.redactions.map((r) => ({ ...r, id: redaction(r.id), turnId: turn(r.turnId) })),
    writtenReplies: file.writtenReplies.map((r) => ({
      ...r,
      id: reply(r.id),
      questionId: question(r.questionId),
      participantId: participant(r.participantId)
    })),
    timeHistory: file.timeHistory.map((h) => ({ ...h, id: timeRevision(h.id) })),
    writtenReplyHistory: file.writtenReplyHistory.map((h) => ({
      ...h,
      id: replyRevision(h.id),
      replyId: reply(h.replyId),
      participantBefore: participant(h.participantBefore),
      participantAfter: participant(h.participantAfter)
    }))
  };
}

describe('JSON export → import into another installation → export again', () => {
  it('loses nothing: every field of every record survives, ids remapped', () => {
    const source = open();
    const ids = richConference(source);
    const before = exportFile(source, ids.conferenceId);
    expect(before.turnHistory.map((h) => h.kind).sort()).toEqual(['correction', 'deletion']);
    expect(before.redactions).toHaveLength(1);
    expect(before.turns.some((t) => t.deletedAt !== null)).toBe(true);

    const target = open();
    // The other installation already knows one of the people, and has rows of its own, so ids differ.
    target.router.invoke('person.create', { name: '占位', organisation: '别处' });
    const known = target.router.invoke('person.create', { name: '朱雷', honorific: '先生', organisation: 'Rostrum test' });
    target.router.invoke('outlet.create', { name: '别的网', category: 'online' });
    target.router.invoke('conference.create', { title: '本地已有的发布会' });
    const imported = target.router.invoke('conference.import', before);
    expect(imported.id).not.toBe(ids.conferenceId);
    expect(imported.status).toBe('ended');
    expect(imported.title).toBe(before.conference.title);

    const after = exportFile(target, imported.id);
    expect(after.people.find((p) => p.name === '朱雷')!.id).toBe(known.id);
    expect(after.segments.map((s) => s.id)).not.toEqual(before.segments.map((s) => s.id));
    expect(after.segments.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(after.extensions).toHaveLength(2);
    expect(withoutIds(after)).toEqual(withoutIds(before));

    for (const format of ['txt', 'md', 'html', 'srt'] as const) {
      for (const audience of ['public', 'internal'] as const) {
        const options = { audience, includeWithdrawn: true, includeNotReached: true, withTimes: true, stateCorrections: true };
        expect(exportAs(target, imported.id, format, options).content, `${format} ${audience}`).toBe(
          exportAs(source, ids.conferenceId, format, options).content
        );
      }
    }
  });

  it('round-trips the fixture conference, and a second import makes a second conference with the same people', () => {
    const source = open();
    const conferenceId = buildFixtureConference(source.router, source.clock.advance);
    const file = exportFile(source, conferenceId);
    const target = open();
    const first = target.router.invoke('conference.import', file);
    const peopleAfterFirst = target.router.invoke('person.list', { query: '' }).length;
    const second = target.router.invoke('conference.import', file);
    expect(second.id).not.toBe(first.id);
    expect(target.router.invoke('person.list', { query: '' })).toHaveLength(peopleAfterFirst);
    expect(target.router.invoke('outlet.list', { query: '' })).toHaveLength(3);
    expect(withoutIds(exportFile(target, second.id))).toEqual(withoutIds(file));
    expect(exportAs(target, second.id, 'txt').content).toBe(exportAs(source, conferenceId, 'txt').content);
  });

  it('carries the published record: time zone, ground rules, embargo, interpretations, remarks, written replies, corrected times', () => {
    const source = open();
    const c = runConference(source, {
      title: 'Briefing with everything',
      language: 'en',
      timeZone: 'America/Chicago',
      groundRules: 'on_background',
      roster: [
        { name: 'John Smith', role: 'spokesperson', honorific: 'Mr' },
        { name: 'Mary Major', role: 'spokesperson', honorific: 'Ms' },
        { name: 'Anna Weiss', role: 'interpreter' }
      ]
    });
    c.start();
    c.advance();
    c.advance();
    c.advance();
    const q = c.ask('Reuters', 'Two of you, please?', 'foreign');
    c.interpret('Anna Weiss', '请两位回答。');
    c.answer(q, 'John Smith', 'First.');
    c.answer(q, 'Mary Major', 'And second.');
    c.note('(Laughter.)');
    c.close(q);
    const left = c.ask('AP', 'Figures?');
    c.close(left, 'written_reply');
    c.remark('Thank you.');
    c.end();
    const { invoke } = source.router;
    const reply = invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: left,
      participantId: c.participant['John Smith']!,
      text: 'Later.',
      repliedOn: '2024-01-08'
    });
    invoke('reply.update', {
      id: reply.id,
      participantId: c.participant['Mary Major']!,
      text: 'In the annex.',
      repliedOn: '2024-01-09',
      kind: 'correction',
      reason: 'wrong draft'
    });
    const dropped = invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: left,
      participantId: c.participant['John Smith']!,
      text: 'Twice.',
      repliedOn: '2024-01-09'
    });
    invoke('reply.remove', { id: dropped.id, reason: 'recorded twice' });
    const ended = invoke('conference.get', { id: c.conferenceId }).conference;
    invoke('conference.correctTimes', { id: c.conferenceId, startedAt: ended.startedAt! - 60_000, kind: 'correction', reason: 'late clock' });
    invoke('conference.update', { id: c.conferenceId, embargoUntil: source.clock.now() + 86_400_000 });

    const file = exportFile(source, c.conferenceId);
    expect(file.conference).toMatchObject({ timeZone: 'America/Chicago', groundRules: 'on_background' });
    expect(file.turns.filter((t) => t.interpretsTurnId !== null)).toHaveLength(1);
    expect(file.turns.some((t) => 'supplementary' in t)).toBe(false);
    expect(file.writtenReplies.map((r) => [r.text, r.deletedAt !== null])).toEqual([
      ['In the annex.', false],
      ['Twice.', true]
    ]);
    expect(file.writtenReplyHistory.map((h) => h.kind)).toEqual(['correction', 'deletion']);
    expect(file.timeHistory).toHaveLength(1);

    const target = open();
    target.router.invoke('conference.create', { title: 'Already here' });
    const imported = target.router.invoke('conference.import', file);
    expect(imported).toMatchObject({ timeZone: 'America/Chicago', groundRules: 'on_background', embargoUntil: file.conference.embargoUntil });
    expect(withoutIds(exportFile(target, imported.id))).toEqual(withoutIds(file));
    const supplementary = (app: TestApp, id: number) => app.router.invoke('turn.list', { conferenceId: id }).map((t) => t.supplementary);
    expect(supplementary(target, imported.id)).toEqual(supplementary(source, c.conferenceId));
    for (const format of ['txt', 'md', 'html', 'vtt'] as const) {
      expect(exportAs(target, imported.id, format, { confirmEmbargo: true }).content, format).toBe(
        exportAs(source, c.conferenceId, format, { confirmEmbargo: true }).content
      );
    }
  });

  it('imports a file written before time zones were kept in the zone its exports printed in', () => {
    const source = open();
    const file = exportFile(source, buildFixtureConference(source.router, source.clock.advance));
    const old = JSON.parse(JSON.stringify(file)) as Record<string, Record<string, unknown>>;
    for (const key of ['timeZone', 'groundRules', 'embargoUntil']) delete old.conference![key];
    delete old.writtenReplies;
    delete old.timeHistory;
    const imported = open().router.invoke('conference.import', old as unknown as ConferenceFile);
    expect(imported).toMatchObject({ timeZone: 'Asia/Shanghai', groundRules: null, embargoUntil: null });
  });

  it('announces the new conference and the directory changes', () => {
    const source = open();
    const file = exportFile(source, buildFixtureConference(source.router, source.clock.advance));
    const target = open();
    const events: string[] = [];
    target.subscribe((e) => events.push(`${e.topic}:${e.method}`));
    target.router.invoke('conference.import', file);
    expect(events).toEqual(['conferences:conference.import', 'directory:conference.import']);
  });
});

describe('a malformed file is refused, naming the field, and changes nothing', () => {
  function refuse(mutate: (file: Record<string, unknown> & ConferenceFile) => void, field: string) {
    const source = open();
    const file = exportFile(source, richConference(source).conferenceId) as Record<string, unknown> & ConferenceFile;
    mutate(file);
    const target = open();
    target.router.invoke('person.create', { name: '已有的人', organisation: 'x' });
    const before = dump(target.db);
    const error = expectRefused(target.router.call('conference.import', file), 'invalid_input', field);
    expect(error.message.startsWith(`${field}:`), error.message).toBe(true);
    expect(dump(target.db)).toEqual(before);
    return error;
  }

  it('another format or version', () => {
    refuse((f) => void (f.format = 'something.else' as never), 'format');
    expect(refuse((f) => void (f.version = 2 as never), 'version').message).toContain('another version of Rostrum');
  });

  it('a missing or wrong field, deep inside', () => {
    refuse((f) => void delete (f.conference as Partial<ConferenceFile['conference']>).title, 'conference.title');
    refuse((f) => void (f.turns[3]!.text = 'bad\u0001text'), 'turns.3.text');
    refuse((f) => void (f.questions[1]!.status = 'maybe' as never), 'questions.1.status');
    refuse((f) => void (f.people[0]!.name = ''), 'people.0.name');
    refuse((f) => void (f.turns = 'none' as never), 'turns');
  });

  it('a reference to something the file does not hold', () => {
    refuse((f) => void (f.turns[2]!.participantId = 9999), 'turns.2.participantId');
    refuse((f) => void (f.questions[0]!.followUpOf = 9999), 'questions.0.followUpOf');
    refuse((f) => void (f.turnHistory[0]!.turnId = 9999), 'turnHistory.0.turnId');
    refuse((f) => void (f.conference.lastQuestionId = 9999), 'conference.lastQuestionId');
    refuse((f) => void (f.participants[1]!.id = f.participants[0]!.id), 'participants.1.id');
    refuse((f) => void (f.redactions[0]!.end = 10_000), 'redactions.0.end');
    refuse((f) => void (f.turns[4]!.interpretsTurnId = 9999), 'turns.4.interpretsTurnId');
    refuse((f) => void (f.turns[4]!.interpretsTurnId = f.turns[4]!.id), 'turns.4.interpretsTurnId');
    refuse(
      (f) =>
        void (f.writtenReplies = [
          {
            id: 1,
            questionId: 9999,
            participantId: f.participants[0]!.id,
            text: 'x',
            repliedOn: '2024-01-05',
            createdAt: 0,
            updatedAt: 0,
            deletedAt: null
          }
        ]),
      'writtenReplies.0.questionId'
    );
    refuse(
      (f) =>
        void (f.writtenReplies = [
          {
            id: 1,
            questionId: f.questions[0]!.id,
            participantId: 9999,
            text: 'x',
            repliedOn: '2024-01-05',
            createdAt: 0,
            updatedAt: 0,
            deletedAt: null
          }
        ]),
      'writtenReplies.0.participantId'
    );
    refuse((f) => void (f.conference.timeZone = 'Mars/Base'), 'conference.timeZone');
    refuse(
      (f) =>
        void (f.writtenReplyHistory = [
          {
            id: 1,
            replyId: 9999,
            kind: 'correction',
            textBefore: 'a',
            textAfter: 'b',
            participantBefore: f.participants[0]!.id,
            participantAfter: f.participants[0]!.id,
            repliedOnBefore: '2024-01-05',
            repliedOnAfter: '2024-01-05',
            editor: '',
            reason: '',
            at: 0
          }
        ]),
      'writtenReplyHistory.0.replyId'
    );
  });
});
