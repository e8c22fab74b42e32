import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, recordEvents, startedConference } from './fixtures';

/**
 * question.register with a newOutlet: the outlet and the question are saved in
 * one transaction, so a refused question never leaves a half-saved outlet.
 */
let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

const outletNames = () => app.router.invoke('outlet.list', { query: '', limit: 500 }).map((o) => o.name);

describe('registering a question from an outlet new to the directory', () => {
  it('creates the outlet and the question together, and tells the directory', () => {
    const setup = startedConference(app);
    const events = recordEvents(app);
    const question = app.router.invoke('question.register', {
      conferenceId: setup.conferenceId,
      newOutlet: { name: '  闪电新闻  ', category: 'provincial' },
      text: '请介绍一下党建品牌'
    });
    const outlet = app.router.invoke('outlet.list', { query: '闪电新闻' })[0]!;
    expect(outlet).toMatchObject({ name: '闪电新闻', category: 'provincial' });
    expect(question).toMatchObject({ outletId: outlet.id, status: 'waiting', text: '请介绍一下党建品牌' });
    expect(events.map((e) => e.topic).sort()).toEqual(['conference', 'directory']);
    expect(app.router.invoke('conference.get', { id: setup.conferenceId }).undo).toMatchObject({
      label: 'question.register',
      args: { outlet: '闪电新闻' }
    });
  });

  it('saves nothing when the question is refused, not even the valid outlet', () => {
    const setup = startedConference(app);
    const before = dump(app.db);
    const { call } = app.router;
    const conferenceId = setup.conferenceId;
    const newOutlet = { name: '闪电新闻', category: 'provincial' } as const;
    expectRefused(call('question.register', { conferenceId, newOutlet, reporterName: '长'.repeat(101) }), 'invalid_input', 'reporterName');
    expectRefused(call('question.register', { conferenceId, newOutlet, addressedToId: 999 }), 'not_found', 'addressedToId');
    expectRefused(call('question.register', { conferenceId, newOutlet, followUpOf: 999 }), 'not_found', 'followUpOf');
    expect(dump(app.db)).toEqual(before);
    expect(outletNames()).not.toContain('闪电新闻');
  });

  it('refuses a bad or duplicate new outlet on its own field, and both kinds of outlet at once', () => {
    const setup = startedConference(app);
    const before = dump(app.db);
    const { call } = app.router;
    const conferenceId = setup.conferenceId;
    expectRefused(call('question.register', { conferenceId, newOutlet: { name: ' ', category: 'local' } }), 'invalid_input', 'newOutlet.name');
    expectRefused(
      call('question.register', { conferenceId, newOutlet: { name: '闪电新闻', category: 'nowhere' } }),
      'invalid_input',
      'newOutlet.category'
    );
    expectRefused(
      call('question.register', { conferenceId, newOutlet: { name: setup.outlets.dzw.name, category: 'local' } }),
      'conflict',
      'newOutlet.name'
    );
    expectRefused(
      call('question.register', { conferenceId, outletId: setup.outlets.dzw.id, newOutlet: { name: '闪电新闻', category: 'local' } }),
      'invalid_input',
      'newOutlet'
    );
    expect(dump(app.db)).toEqual(before);
  });

  it('undo takes the question back and leaves the outlet in the shared directory; redo brings the question back', () => {
    const setup = startedConference(app);
    const question = app.router.invoke('question.register', {
      conferenceId: setup.conferenceId,
      newOutlet: { name: '闪电新闻', category: 'provincial' }
    });
    app.router.invoke('live.undo', { conferenceId: setup.conferenceId });
    expect(app.router.invoke('question.list', { conferenceId: setup.conferenceId })).toEqual([]);
    expect(outletNames()).toContain('闪电新闻');
    app.router.invoke('live.redo', { conferenceId: setup.conferenceId });
    expect(app.router.invoke('question.list', { conferenceId: setup.conferenceId })).toEqual([question]);
  });
});
