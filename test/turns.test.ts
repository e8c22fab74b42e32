import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, setupConference, startedConference, type Setup } from './fixtures';

let app: TestApp;
let T0: number;
beforeEach(() => {
  app = openTestApp();
  T0 = app.clock.now();
});
afterEach(() => app.cleanup());

function say(setup: Setup, text: string, extra: { afterTurnId?: number } = {}) {
  return app.router.invoke('turn.add', {
    conferenceId: setup.conferenceId,
    speakerKind: 'participant',
    participantId: setup.host.id,
    text,
    ...extra
  });
}

function texts(conferenceId: number): string[] {
  return app.router.invoke('turn.list', { conferenceId }).map((t) => t.text);
}

describe('adding turns', () => {
  it('appends a turn in the live segment and ends the open turn before it', () => {
    const setup = startedConference(app);
    const opening = app.router.invoke('conference.get', { id: setup.conferenceId }).segments[0]!;
    const first = say(setup, '新闻界的朋友们，大家上午好！');
    app.clock.advance(40_000);
    const laughter = app.router.invoke('turn.add', { conferenceId: setup.conferenceId, speakerKind: 'note', text: '(Laughter.)' });
    expect(first).toMatchObject({ seq: 1, segmentId: opening.id, speakerKind: 'participant', startedAt: T0, endedAt: null });
    expect(laughter).toMatchObject({ seq: 2, speakerKind: 'note', participantId: null, startedAt: T0 + 40_000, endedAt: null });
    expect(app.router.invoke('turn.list', { conferenceId: setup.conferenceId })[0]!.endedAt).toBe(T0 + 40_000);
  });

  it('ends a long turn in place: its pages are not freed and written anew', () => {
    const setup = startedConference(app);
    // an answer as long as the fixture's (700 characters, 2 KB): it runs over a 1 KiB page
    const answer = say(setup, '在下步工作中，我们将立足岗位实际和职责要求，着力强化正风肃纪反腐。'.repeat(22));
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = () => [app.db.pragma('page_count', { simple: true }), app.db.pragma('freelist_count', { simple: true })];
    const before = pages();
    app.clock.advance(600_000);
    app.router.invoke('turn.add', { conferenceId: setup.conferenceId, speakerKind: 'note', text: '(Applause.)' });
    expect(pages()).toEqual(before);
    const ended = app.router.invoke('turn.list', { conferenceId: setup.conferenceId }).find((t) => t.id === answer.id)!;
    expect(ended).toMatchObject({ startedAt: T0, endedAt: T0 + 600_000, text: answer.text });
  });

  it('inserts a turn after a given one, between it and the next', () => {
    const setup = startedConference(app);
    const a = say(setup, '甲');
    const b = say(setup, '乙');
    app.clock.advance(1_000);
    const between = say(setup, '甲乙之间', { afterTurnId: a.id });
    expect(between.seq).toBeGreaterThan(a.seq);
    expect(between.seq).toBeLessThan(b.seq);
    expect(between.endedAt).toBe(T0 + 1_000);
    const again = say(setup, '更靠近甲', { afterTurnId: a.id });
    expect(texts(setup.conferenceId)).toEqual(['甲', '更靠近甲', '甲乙之间', '乙']);
    expect(say(setup, '最后', { afterTurnId: b.id }).seq).toBe(b.seq + 1);
    expect(again.seq).toBeLessThan(between.seq);
    // an insertion does not end the open turn
    expect(app.router.invoke('turn.list', { conferenceId: setup.conferenceId }).find((t) => t.id === b.id)!.endedAt).toBeNull();
  });

  it('records corrections after the end, each turn closed at once', () => {
    const setup = startedConference(app);
    const a = say(setup, '甲');
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    app.clock.advance(3_600_000);
    const late = say(setup, '补记');
    expect(late).toMatchObject({ seq: a.seq + 1, endedAt: T0 + 3_600_000, segmentId: null });
  });

  it('refuses turns before the start, and bad speakers, segments, questions and anchors, changing nothing', () => {
    const draft = setupConference(app, { title: '草稿' });
    expectRefused(app.router.call('turn.add', { conferenceId: draft.conferenceId, speakerKind: 'note', text: '掌声' }), 'invalid_state');
    const setup = startedConference(app);
    const foreignTurn = (() => {
      app.router.invoke('live.start', { conferenceId: draft.conferenceId });
      return say(draft, '别处');
    })();
    const foreignQuestion = app.router.invoke('question.register', { conferenceId: draft.conferenceId });
    const draftSegment = app.router.invoke('conference.get', { id: draft.conferenceId }).segments[0]!;
    say(setup, '甲');
    const before = dump(app.db);
    const base = { conferenceId: setup.conferenceId, text: '话' };
    const { call } = app.router;
    expectRefused(call('turn.add', { ...base, speakerKind: 'participant' }), 'invalid_input', 'participantId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'participant', participantId: draft.zhu.id }), 'invalid_input', 'participantId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', participantId: setup.zhu.id }), 'invalid_input', 'participantId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'reporter' }), 'invalid_input', 'outletId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'reporter', outletId: 999 }), 'not_found', 'outletId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', segmentId: draftSegment.id }), 'invalid_input', 'segmentId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', afterTurnId: foreignTurn.id }), 'invalid_input', 'afterTurnId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', afterTurnId: 999 }), 'not_found', 'afterTurnId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', questionId: 999 }), 'not_found', 'questionId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', questionId: foreignQuestion.id }), 'invalid_input', 'questionId');
    expectRefused(call('turn.add', { ...base, speakerKind: 'note', text: '' }), 'invalid_input', 'text');
    expect(dump(app.db)).toEqual(before);
  });

  it('records a reporter by name alone, as an anonymous “Q”', () => {
    const setup = startedConference(app, { language: 'en' });
    const q = app.router.invoke('turn.add', { conferenceId: setup.conferenceId, speakerKind: 'reporter', reporterName: 'Q', text: 'Thank you.' });
    expect(q).toMatchObject({ speakerKind: 'reporter', outletId: null, reporterName: 'Q' });
  });
});

describe('editing turns', () => {
  it('keeps every edit in the history, a correction apart from an alteration, with its editor', () => {
    const setup = startedConference(app);
    const turn = say(setup, '去年以来');
    app.clock.advance(60_000);
    const corrected = app.router.invoke('turn.update', {
      id: turn.id,
      text: '今年以来',
      kind: 'correction',
      editor: '编辑甲',
      reason: '听错'
    });
    expect(corrected).toMatchObject({ text: '今年以来', editedAt: T0 + 60_000, startedAt: T0 });
    app.clock.advance(60_000);
    const caller = { role: 'operator' as const, actor: '审校乙' };
    app.router.invoke('turn.update', { id: turn.id, text: '今年以来，我们', kind: 'alteration' }, caller);
    expect(app.router.invoke('turn.history', { id: turn.id })).toEqual([
      {
        id: expect.any(Number),
        turnId: turn.id,
        kind: 'correction',
        textBefore: '去年以来',
        textAfter: '今年以来',
        editor: '编辑甲',
        reason: '听错',
        at: T0 + 60_000
      },
      {
        id: expect.any(Number),
        turnId: turn.id,
        kind: 'alteration',
        textBefore: '今年以来',
        textAfter: '今年以来，我们',
        editor: '审校乙',
        reason: '',
        at: T0 + 120_000
      }
    ]);
    expect(texts(setup.conferenceId)).toEqual(['今年以来，我们']);
  });

  it('changes nothing when the text is the same', () => {
    const setup = startedConference(app);
    const turn = say(setup, '甲');
    const before = dump(app.db);
    expect(app.router.invoke('turn.update', { id: turn.id, text: '甲', kind: 'correction' })).toEqual(turn);
    expect(dump(app.db)).toEqual(before);
  });

  it('refuses an unknown kind or turn', () => {
    const setup = startedConference(app);
    const turn = say(setup, '甲');
    expectRefused(app.router.call('turn.update', { id: turn.id, text: '乙', kind: 'tidy' }), 'invalid_input', 'kind');
    expectRefused(app.router.call('turn.update', { id: 999, text: '乙', kind: 'correction' }), 'not_found', 'id');
  });
});

describe('deleting turns', () => {
  it('deletes softly: gone from the list and counts, kept in the history', () => {
    const setup = startedConference(app);
    const a = say(setup, '甲');
    say(setup, '乙');
    app.clock.advance(5_000);
    expect(app.router.invoke('turn.delete', { id: a.id, editor: '编辑甲', reason: '重复' })).toEqual({ id: a.id });
    expect(texts(setup.conferenceId)).toEqual(['乙']);
    expect(app.router.invoke('conference.list', {})[0]!.turnCount).toBe(1);
    expect(app.router.invoke('turn.history', { id: a.id })).toEqual([
      { id: expect.any(Number), turnId: a.id, kind: 'deletion', textBefore: '甲', textAfter: '', editor: '编辑甲', reason: '重复', at: T0 + 5_000 }
    ]);
    expect(app.db.prepare('SELECT text, deleted_at FROM turns WHERE id = ?').get(a.id)).toEqual({ text: '甲', deleted_at: T0 + 5_000 });
  });

  it('refuses to edit or delete a deleted turn, or to insert after it', () => {
    const setup = startedConference(app);
    const a = say(setup, '甲');
    app.router.invoke('turn.delete', { id: a.id });
    const before = dump(app.db);
    expectRefused(app.router.call('turn.delete', { id: a.id }), 'not_found', 'id');
    expectRefused(app.router.call('turn.update', { id: a.id, text: '乙', kind: 'correction' }), 'not_found', 'id');
    expectRefused(
      app.router.call('turn.add', { conferenceId: setup.conferenceId, speakerKind: 'note', text: '注', afterTurnId: a.id }),
      'not_found',
      'afterTurnId'
    );
    expectRefused(app.router.call('turn.history', { id: 999 }), 'not_found', 'id');
    expect(dump(app.db)).toEqual(before);
  });
});
