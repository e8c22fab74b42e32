import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, setupConference, startedConference } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('creating a conference', () => {
  it('makes a draft with defaults and the standard Chinese agenda', () => {
    const conference = app.router.invoke('conference.create', { title: '新闻发布会' });
    expect(conference).toMatchObject({
      title: '新闻发布会',
      topic: '',
      scheduledStart: null,
      plannedSeconds: 75 * 60,
      extendedSeconds: 0,
      language: 'zh',
      status: 'draft',
      startedAt: null,
      endedAt: null,
      lastQuestionId: null,
      header: { source: '', author: '', publishedAt: '', credits: '', lead: '', editingStandard: 'edited' },
      createdAt: app.clock.now()
    });
    const { segments } = app.router.invoke('conference.get', { id: conference.id });
    expect(segments.map((s) => [s.position, s.kind, s.title, s.plannedSeconds, s.status])).toEqual([
      [0, 'opening', '主持人开场', 180, 'pending'],
      [1, 'introduction', '介绍发布人', 120, 'pending'],
      [2, 'statement', '发布情况', 1200, 'pending'],
      [3, 'qa', '记者提问', 2700, 'pending'],
      [4, 'closing', '结束语', 120, 'pending']
    ]);
  });

  it('titles the standard agenda in the conference’s language', () => {
    const conference = app.router.invoke('conference.create', { title: 'Briefing', language: 'en' });
    const { segments } = app.router.invoke('conference.get', { id: conference.id });
    expect(segments.map((s) => s.title)).toEqual(['Opening', 'Introduction of the speakers', 'Statement', 'Questions and answers', 'Closing']);
  });

  it('makes an empty agenda from the empty template, and keeps the header fields given', () => {
    const conference = app.router.invoke('conference.create', {
      title: '无议程',
      template: 'empty',
      scheduledStart: Date.UTC(2024, 0, 2, 2, 0),
      header: { source: '菏泽日报', editingStandard: 'verbatim' }
    });
    expect(conference.scheduledStart).toBe(Date.UTC(2024, 0, 2, 2, 0));
    expect(conference.header).toEqual({
      source: '菏泽日报',
      author: '',
      publishedAt: '',
      credits: '',
      lead: '',
      editingStandard: 'verbatim'
    });
    expect(app.router.invoke('conference.get', { id: conference.id }).segments).toEqual([]);
  });

  it('refuses a blank title naming the field', () => {
    const before = dump(app.db);
    expectRefused(app.router.call('conference.create', { title: '   ' }), 'invalid_input', 'title');
    expectRefused(app.router.call('conference.create', { title: 'x', template: 'long' }), 'invalid_input', 'template');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('updating a conference', () => {
  it('changes only the fields given, header fields included, and stamps updatedAt', () => {
    const conference = app.router.invoke('conference.create', {
      title: '发布会',
      topic: '党建',
      venue: '市政府新闻发布厅',
      plannedSeconds: 3600,
      header: { source: '菏泽日报', author: '记者甲' }
    });
    app.clock.advance(60_000);
    const updated = app.router.invoke('conference.update', {
      id: conference.id,
      title: '菏泽市新闻发布会',
      header: { publishedAt: '2024-01-02', credits: '(图片摄影:李鲲)', editingStandard: 'verbatim' }
    });
    expect(updated).toEqual({
      ...conference,
      title: '菏泽市新闻发布会',
      header: {
        source: '菏泽日报',
        author: '记者甲',
        publishedAt: '2024-01-02',
        credits: '(图片摄影:李鲲)',
        lead: '',
        editingStandard: 'verbatim'
      },
      revision: updated.revision,
      updatedAt: conference.createdAt + 60_000
    });
    expect(updated.revision).toBeGreaterThan(conference.revision);
    const again = app.router.invoke('conference.update', { id: conference.id, plannedSeconds: 90 * 60 });
    expect(again).toMatchObject({ title: '菏泽市新闻发布会', topic: '党建', plannedSeconds: 5400, header: updated.header });
  });

  it('refuses an unknown id and bad values, changing nothing', () => {
    const conference = app.router.invoke('conference.create', { title: '发布会' });
    const before = dump(app.db);
    expectRefused(app.router.call('conference.update', { id: 999, title: 'x' }), 'not_found', 'id');
    expectRefused(app.router.call('conference.update', { id: conference.id, language: 'fr' }), 'invalid_input', 'language');
    expectRefused(
      app.router.call('conference.update', { id: conference.id, header: { editingStandard: 'loose' } }),
      'invalid_input',
      'header.editingStandard'
    );
    expectRefused(app.router.call('conference.update', { id: conference.id, plannedSeconds: -1 }), 'invalid_input', 'plannedSeconds');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('listing conferences', () => {
  it('lists newest first with spokespeople in roster order and question and turn counts', () => {
    const first = setupConference(app, { title: '第一场' });
    app.clock.advance(1_000);
    const second = startedConference(app, { title: '第二场' });
    const { invoke } = app.router;
    const asked = invoke('question.register', { conferenceId: second.conferenceId, outletId: second.outlets.dzw.id, text: '请问？' });
    invoke('question.register', { conferenceId: second.conferenceId, outletId: second.outlets.xinhua.id });
    invoke('question.call', { conferenceId: second.conferenceId });
    invoke('answer.record', { questionId: asked.id, participantId: second.li.id, text: '谢谢。' });
    invoke('participant.move', { id: second.li.id, toIndex: 0 });

    const list = invoke('conference.list', {});
    expect(list.map((c) => c.title)).toEqual(['第二场', '第一场']);
    expect(list[0]).toEqual({
      id: second.conferenceId,
      title: '第二场',
      status: 'live',
      scheduledStart: null,
      startedAt: app.clock.now(),
      endedAt: null,
      plannedSeconds: 4500,
      language: 'zh',
      spokespeople: ['李琦', '朱雷'],
      questionCount: 2,
      turnCount: 2
    });
    expect(list[1]).toMatchObject({ id: first.conferenceId, spokespeople: ['朱雷', '李琦'], questionCount: 0, turnCount: 0 });
    expect(invoke('conference.list', { status: 'draft' }).map((c) => c.id)).toEqual([first.conferenceId]);
    expect(invoke('conference.list', { status: 'ended' })).toEqual([]);
  });
});

describe('deleting a conference', () => {
  it('deletes a draft with its roster and agenda, but not the directory', () => {
    const { conferenceId } = setupConference(app);
    expect(app.router.invoke('conference.delete', { id: conferenceId })).toEqual({ id: conferenceId });
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM segments').get()).toEqual({ n: 0 });
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM participants').get()).toEqual({ n: 0 });
    expect(app.router.invoke('person.list', {}).length).toBe(3);
    expectRefused(app.router.call('conference.get', { id: conferenceId }), 'not_found', 'id');
  });

  it('refuses to delete a live conference, changing nothing; an ended one can go', () => {
    const { conferenceId } = startedConference(app);
    const before = dump(app.db);
    expectRefused(app.router.call('conference.delete', { id: conferenceId }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId });
    app.router.invoke('conference.delete', { id: conferenceId });
    expect(app.router.invoke('conference.list', {})).toEqual([]);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM live_actions').get()).toEqual({ n: 0 });
  });

  it('refuses an unknown id', () => {
    expectRefused(app.router.call('conference.delete', { id: 7 }), 'not_found', 'id');
  });
});
