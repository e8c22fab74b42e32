import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, startedConference } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

// A redo puts back rows as they were; a row they name may have gone since (the roster is edited outside undo).
it('refuses a redo whose row names a participant removed since, as a conflict that changes nothing', () => {
  const setup = startedConference(app);
  const { conferenceId } = setup;
  app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.dzw.id, text: '请问李先生？', addressedToId: setup.li.id });
  app.router.invoke('live.undo', { conferenceId });
  app.router.invoke('participant.remove', { id: setup.li.id });
  const before = dump(app.db);

  const refusal = expectRefused(app.router.call('live.redo', { conferenceId }), 'conflict');
  expect(refusal.message).toMatch(/removed since/);
  expect(dump(app.db)).toEqual(before);
});
