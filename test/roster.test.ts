import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, setupConference, startedConference } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('participants', () => {
  it('adds people in roles, in order, with the title from the directory and default labels (zh)', () => {
    const { conferenceId, host, zhu, li } = setupConference(app);
    expect(host).toMatchObject({ role: 'host', position: 0, label: '主持人', name: '王主持', honorific: '先生', title: '' });
    expect(zhu).toMatchObject({ role: 'spokesperson', position: 1, label: '朱雷', title: '中共菏泽市委市直机关工委书记' });
    expect(li).toMatchObject({ role: 'spokesperson', position: 2, label: '李琦' });
    const { participants } = app.router.invoke('conference.get', { id: conferenceId });
    expect(participants.map((p) => p.id)).toEqual([host.id, zhu.id, li.id]);
  });

  it('labels participants of an English briefing by their name in capitals', () => {
    const { host, zhu } = setupConference(app, { language: 'en' });
    expect(host.label).toBe('王主持'.toUpperCase());
    const kirby = app.router.invoke('person.create', { name: 'John Kirby', honorific: 'Mr' });
    const p = app.router.invoke('participant.add', { conferenceId: zhu.conferenceId, personId: kirby.id, role: 'spokesperson' });
    expect(p.label).toBe('JOHN KIRBY');
  });

  it('keeps a title and label given, and an interpreter role', () => {
    const { conferenceId } = setupConference(app);
    const person = app.router.invoke('person.create', { name: '译员', position: '翻译' });
    const p = app.router.invoke('participant.add', {
      conferenceId,
      personId: person.id,
      role: 'interpreter',
      title: '同声传译',
      label: '翻译'
    });
    expect(p).toMatchObject({ role: 'interpreter', title: '同声传译', label: '翻译', position: 3 });
  });

  it('refuses a person already on the roster, an unknown person or conference, changing nothing', () => {
    const { conferenceId, people } = setupConference(app);
    const before = dump(app.db);
    expectRefused(app.router.call('participant.add', { conferenceId, personId: people.zhu.id, role: 'host' }), 'conflict', 'personId');
    expectRefused(app.router.call('participant.add', { conferenceId, personId: 999, role: 'host' }), 'not_found');
    expectRefused(app.router.call('participant.add', { conferenceId: 999, personId: people.zhu.id, role: 'host' }), 'not_found', 'conferenceId');
    expectRefused(app.router.call('participant.add', { conferenceId, personId: people.zhu.id, role: 'guest' }), 'invalid_input', 'role');
    expect(dump(app.db)).toEqual(before);
  });

  it('updates role, title and label; a cleared label falls back to the default', () => {
    const { zhu } = setupConference(app);
    const asHost = app.router.invoke('participant.update', { id: zhu.id, role: 'host', label: '' });
    expect(asHost).toMatchObject({ role: 'host', label: '主持人', title: zhu.title });
    const retitled = app.router.invoke('participant.update', { id: zhu.id, title: '书记', label: '朱书记' });
    expect(retitled).toMatchObject({ role: 'host', title: '书记', label: '朱书记' });
    expectRefused(app.router.call('participant.update', { id: 999, title: 'x' }), 'not_found', 'id');
  });

  it('moves a participant and renumbers the roster', () => {
    const { host, zhu, li } = setupConference(app);
    const order = app.router.invoke('participant.move', { id: li.id, toIndex: 0 });
    expect(order.map((p) => [p.id, p.position])).toEqual([
      [li.id, 0],
      [host.id, 1],
      [zhu.id, 2]
    ]);
    const end = app.router.invoke('participant.move', { id: li.id, toIndex: 99 });
    expect(end.map((p) => p.id)).toEqual([host.id, zhu.id, li.id]);
  });

  it('removes a participant who has not spoken and renumbers nothing else', () => {
    const { conferenceId, zhu } = setupConference(app);
    expect(app.router.invoke('participant.remove', { id: zhu.id })).toEqual({ id: zhu.id });
    const { participants } = app.router.invoke('conference.get', { id: conferenceId });
    expect(participants.map((p) => p.name)).toEqual(['王主持', '李琦']);
    expectRefused(app.router.call('participant.remove', { id: zhu.id }), 'not_found', 'id');
  });

  it('refuses to remove a participant who has spoken or been addressed, changing nothing', () => {
    const { conferenceId, zhu, li, outlets } = startedConference(app);
    app.router.invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: zhu.id, text: '今年以来' });
    app.router.invoke('question.register', { conferenceId, outletId: outlets.dzw.id, addressedToId: li.id });
    const before = dump(app.db);
    expectRefused(app.router.call('participant.remove', { id: zhu.id }), 'invalid_state', 'id');
    expectRefused(app.router.call('participant.remove', { id: li.id }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('segments', () => {
  it('adds a segment at the end of the agenda with its speaker and prepared text', () => {
    const { conferenceId, zhu } = setupConference(app);
    const added = app.router.invoke('segment.add', {
      conferenceId,
      kind: 'statement',
      title: '第二部分',
      speakerId: zhu.id,
      plannedSeconds: 600,
      preparedText: '一、强化政治引领'
    });
    expect(added).toEqual({
      id: added.id,
      conferenceId,
      position: 5,
      kind: 'statement',
      title: '第二部分',
      speakerId: zhu.id,
      plannedSeconds: 600,
      extendedSeconds: 0,
      status: 'pending',
      startedAt: null,
      endedAt: null,
      elapsedBeforeMs: 0,
      preparedText: '一、强化政治引领'
    });
  });

  it('updates only the fields given', () => {
    const { conferenceId, zhu } = setupConference(app);
    const [, , statement] = app.router.invoke('conference.get', { id: conferenceId }).segments;
    const withSpeaker = app.router.invoke('segment.update', { id: statement!.id, speakerId: zhu.id, preparedText: '全文' });
    expect(withSpeaker).toEqual({ ...statement, speakerId: zhu.id, preparedText: '全文' });
    const retitled = app.router.invoke('segment.update', { id: statement!.id, title: '发布' });
    expect(retitled).toEqual({ ...withSpeaker, title: '发布' });
  });

  it('refuses a speaker from another conference or an unknown one, changing nothing', () => {
    const { conferenceId } = setupConference(app, { title: '甲' });
    const other = setupConference(app, { title: '乙' });
    const [opening] = app.router.invoke('conference.get', { id: conferenceId }).segments;
    const before = dump(app.db);
    expectRefused(app.router.call('segment.update', { id: opening!.id, speakerId: other.zhu.id }), 'invalid_input', 'speakerId');
    expectRefused(app.router.call('segment.update', { id: opening!.id, speakerId: 999 }), 'not_found', 'speakerId');
    expectRefused(app.router.call('segment.add', { conferenceId, kind: 'custom', speakerId: other.zhu.id }), 'invalid_input', 'speakerId');
    expectRefused(app.router.call('segment.add', { conferenceId, kind: 'dance' }), 'invalid_input', 'kind');
    expect(dump(app.db)).toEqual(before);
  });

  it('moves a segment and renumbers the agenda', () => {
    const { conferenceId } = setupConference(app);
    const ids = app.router.invoke('conference.get', { id: conferenceId }).segments.map((s) => s.id);
    const order = app.router.invoke('segment.move', { id: ids[3]!, toIndex: 1 });
    expect(order.map((s) => [s.id, s.position])).toEqual([
      [ids[0], 0],
      [ids[3], 1],
      [ids[1], 2],
      [ids[2], 3],
      [ids[4], 4]
    ]);
  });

  it('removes a pending segment and closes the gap', () => {
    const { conferenceId } = setupConference(app);
    const ids = app.router.invoke('conference.get', { id: conferenceId }).segments.map((s) => s.id);
    app.router.invoke('segment.remove', { id: ids[1]! });
    const segments = app.router.invoke('conference.get', { id: conferenceId }).segments;
    expect(segments.map((s) => [s.id, s.position])).toEqual([
      [ids[0], 0],
      [ids[2], 1],
      [ids[3], 2],
      [ids[4], 3]
    ]);
  });

  it('refuses to remove a segment that has started, changing nothing', () => {
    const { conferenceId } = startedConference(app);
    const [live] = app.router.invoke('conference.get', { id: conferenceId }).segments;
    const before = dump(app.db);
    expectRefused(app.router.call('segment.remove', { id: live!.id }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
  });

  it('drops the extensions of a removed segment instead of moving them onto the conference', () => {
    const { conferenceId } = setupConference(app);
    const [, second] = app.router.invoke('conference.get', { id: conferenceId }).segments;
    app.router.invoke('live.extend', { conferenceId, segmentId: second!.id, seconds: 300 });
    app.router.invoke('segment.remove', { id: second!.id });
    const detail = app.router.invoke('conference.get', { id: conferenceId });
    expect(detail.conference.extendedSeconds).toBe(0);
    expect(detail.extensions).toEqual([]);
  });

  it('refuses to add a segment to an ended conference', () => {
    const { conferenceId } = startedConference(app);
    app.router.invoke('live.end', { conferenceId });
    expectRefused(app.router.call('segment.add', { conferenceId, kind: 'custom' }), 'invalid_state');
  });
});
