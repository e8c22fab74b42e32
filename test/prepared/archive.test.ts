import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupManager } from '../../src/main/core/archive/backup-manager';
import { openTestApp, type TestApp } from '../helpers';
import { startedConference } from '../fixtures';

const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});

function open() {
  const app = openTestApp();
  apps.push(app);
  return { app, manager: createBackupManager({ rostrum: app, now: app.clock.now }) };
}

/** A conference with a prepared question asked, a linked card sent, and a question merged into it. */
function prepareConference(app: TestApp): number {
  const setup = startedConference(app);
  const conferenceId = setup.conferenceId;
  const prepared = app.router.invoke('prepared.create', { conferenceId, outletId: setup.outlets.dzw.id, text: '作风建设有何举措？', topic: '作风' });
  const card = app.router.invoke('cards.create', { conferenceId, title: '改进作风', points: '正风肃纪', preparedIds: [prepared.id] });
  const asked = app.router.invoke('prepared.ask', { preparedId: prepared.id });
  const again = app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.xinhua.id, text: '作风建设有什么举措？' });
  app.router.invoke('question.merge', { conferenceId, keepId: asked.id, mergeId: again.id });
  app.router.invoke('question.call', { conferenceId, id: asked.id });
  app.router.invoke('cards.send', { conferenceId, cardId: card.id });
  app.router.invoke('live.end', { conferenceId });
  return conferenceId;
}

/** What the prepared part of a conference looks like, in ids of its own database. */
function shape(app: TestApp, conferenceId: number) {
  const questions = app.router.invoke('question.list', { conferenceId });
  const asked = questions.find((q) => q.preparedId !== null)!;
  const cards = app.router.invoke('cards.list', { conferenceId });
  return {
    prepared: app.router.invoke('prepared.list', { conferenceId }).map((p) => [p.text, p.status, p.questionId === asked.id, p.cardIds.length]),
    cards: cards.map((c) => [c.title, c.preparedIds.length]),
    merged: questions.filter((q) => q.mergedInto === asked.id).map((q) => q.text),
    sends: app.router.invoke('cards.sends', { conferenceId }).map((s) => [s.cardId === cards[0]!.id, s.questionId === asked.id]),
    // the card's words are still found: its full-text index came along
    matched: app.router.invoke('cards.match', { conferenceId, questionId: asked.id }).map((m) => m.reason)
  };
}

describe('backups and archive imports carry questions before the room', () => {
  it('restores a backup with its prepared questions, cards, links, sends, merges and card index', async () => {
    const { app, manager } = open();
    const conferenceId = prepareConference(app);
    const expected = shape(app, conferenceId);
    expect(expected.merged).toHaveLength(1);
    const backup = (await manager.backup()).fileName!;
    app.router.invoke('cards.remove', { id: app.router.invoke('cards.list', { conferenceId })[0]!.id });
    await manager.restore(backup);
    expect(shape(app, conferenceId)).toEqual(expected);
  });

  it('imports them with a conference merged in from another archive, every id mapped', async () => {
    const a = open();
    const conferenceId = prepareConference(a.app);
    const expected = shape(a.app, conferenceId);
    const exported = (await a.manager.backup('export')).fileName!;

    const b = open();
    // B's own conferences and people first, so every id of the copy differs from A's
    startedConference(b.app, { title: '乙自己的发布会' });
    startedConference(b.app, { title: '乙的第二场' });
    const { jobId } = b.app.router.invoke('archive.import', { fileName: b.manager.adopt(path.join(a.manager.folder, exported)) });
    await b.manager.idle();
    expect(b.app.router.invoke('backup.list', {}).jobs.find((j) => j.id === jobId)).toMatchObject({ state: 'done' });
    const copy = b.app.router.invoke('conference.list', {}).find((c) => c.title.startsWith('菏泽'))!;
    expect(copy.id).toBe(3);
    expect(shape(b.app, copy.id)).toEqual(expected);
  });
});
