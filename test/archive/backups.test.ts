import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupManager, type BackupManager } from '../../src/main/core/archive/backup-manager';
import { backupName, expiredBackups } from '../../src/main/core/archive/backup-files';
import { TOPICS, type ChangeEvent } from '../../src/shared/events';
import { openTestApp, type TestApp } from '../helpers';
import { holdConference } from './build';

const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});

function setup(): { app: TestApp; manager: BackupManager; events: ChangeEvent[] } {
  const app = openTestApp();
  apps.push(app);
  const events: ChangeEvent[] = [];
  app.subscribe((e) => events.push(e));
  const manager = createBackupManager({ rostrum: app, now: app.clock.now });
  return { app, manager, events };
}

const count = (app: TestApp, table: string) => (app.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('backups', () => {
  it('starts a backup that returns at once and reports its end; the list previews what it holds', async () => {
    const { app, manager, events } = setup();
    holdConference(app, { title: '第一场发布会', spokespeople: ['朱雷'], questions: [{ outlet: '大众网', text: '问', answer: '答' }] });
    const { jobId } = app.router.invoke('backup.create', {});
    expect(app.router.invoke('backup.list', {}).jobs[0]).toMatchObject({ id: jobId, state: 'running' });
    await manager.idle();
    const list = app.router.invoke('backup.list', {});
    expect(list.jobs[0]).toMatchObject({ id: jobId, state: 'done', progress: 1 });
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({
      reason: 'manual',
      conferences: 1,
      latest: { title: '第一场发布会' },
      schemaVersion: expect.any(Number),
      error: null
    });
    expect(list.backups[0]!.fileName).toMatch(/^rostrum-\d{8}-\d{6}-manual\.db$/);
    expect(list.backups[0]!.sizeBytes).toBeGreaterThan(0);
    expect(events.filter((e) => e.topic === 'backup' && e.ids.includes(jobId)).length).toBeGreaterThanOrEqual(2);
    // no half-written file is left behind
    expect(fs.readdirSync(manager.folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('restores a backup while the app runs: other calls keep working, the result can itself be undone', async () => {
    const { app, manager, events } = setup();
    const kept = holdConference(app, {
      title: '保留的发布会',
      spokespeople: ['朱雷'],
      questions: [{ outlet: '大众网', text: '营商环境怎么样？', answer: '持续优化营商环境。' }]
    });
    const backup = (await manager.backup()).fileName!;
    const later = holdConference(app, {
      title: '备份之后的发布会',
      spokespeople: ['李琦'],
      questions: [{ outlet: '闪电新闻', text: '乡村振兴？', answer: '乡村振兴取得成效。' }]
    });
    app.router.invoke('turn.update', { id: kept.turns[0]!, text: '更正后的开场。', kind: 'correction' });
    const revisionBefore = events[events.length - 1]!.revision;

    // while the worker copies, the console still reads (the state from before the restore)
    const readsDuringCopy: number[] = [];
    const stop = app.subscribe((e) => {
      const job = e.method === 'backup.job' ? manager.list().jobs.find((j) => j.kind === 'restore' && j.state === 'running') : undefined;
      if (job && job.progress === 0.6) readsDuringCopy.push(app.router.invoke('archive.list', {}).total);
    });
    const { jobId } = app.router.invoke('backup.restore', { fileName: backup });
    // the console goes on while the safety backup is written
    const person = app.router.invoke('person.create', { name: '恢复期间新增' });
    expect(app.router.invoke('archive.list', {}).total).toBe(2);
    await manager.idle();
    stop();
    expect(readsDuringCopy).toEqual([2]);

    const job = app.router.invoke('backup.list', {}).jobs.find((j) => j.id === jobId)!;
    expect(job).toMatchObject({ state: 'done', result: { safetyBackup: expect.stringMatching(/before-restore/) } });
    expect(app.router.invoke('archive.list', {}).items.map((i) => i.title)).toEqual(['保留的发布会']);
    expect(app.router.invoke('turn.list', { conferenceId: kept.id })[0]!.text).toBe('新闻界的朋友们，大家上午好！');
    expect(app.router.call('conference.get', { id: later.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(app.router.invoke('person.list', { query: '恢复期间新增' })).toEqual([]);
    // search is whole and consistent with the restored rows
    expect(app.router.invoke('archive.search', { query: '营商环境' }).hits.length).toBe(2);
    expect(app.router.invoke('archive.search', { query: '乡村振兴' }).hits).toEqual([]);
    app.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run();
    // every window hears of it, with a revision that moved forward
    const restoreEvents = events.filter((e) => e.method === 'backup.restore');
    expect(new Set(restoreEvents.map((e) => e.topic))).toEqual(new Set(TOPICS));
    expect(restoreEvents[0]!.revision).toBeGreaterThan(revisionBefore);
    // new writes work on the restored database, and new conferences get uids
    const fresh = app.router.invoke('conference.create', { title: '恢复后新建' });
    expect((app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(fresh.id) as { uid: string }).uid).toMatch(/-4/);

    // the restore is undone by restoring the safety backup
    await manager.restore(job.result!.safetyBackup!);
    expect(
      app.router
        .invoke('archive.list', {})
        .items.map((i) => i.title)
        .sort()
    ).toEqual(['保留的发布会', '备份之后的发布会']);
    expect(app.router.invoke('person.list', { query: '恢复期间新增' }).map((p) => p.id)).toEqual([person.id]);
  });

  it('refuses to restore while a conference is live, and names a missing file', async () => {
    const { app, manager } = setup();
    const backup = (await manager.backup()).fileName!;
    const conference = app.router.invoke('conference.create', { title: '进行中' });
    app.router.invoke('live.start', { conferenceId: conference.id });
    expect(app.router.call('backup.restore', { fileName: backup })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(app.router.call('backup.restore', { fileName: 'rostrum-nope.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', details: { field: 'fileName' } }
    });
    expect(app.router.call('backup.restore', { fileName: '../rostrum.db' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { field: 'fileName' } }
    });
  });

  it('backs up when a conference ends and once a day while the app runs', async () => {
    const { app, manager } = setup();
    manager.start();
    await manager.idle();
    expect(app.router.invoke('backup.list', {}).backups.map((b) => b.reason)).toEqual(['daily']);
    holdConference(app, { title: '结束即备份', spokespeople: ['朱雷'], questions: [] });
    await manager.idle();
    expect(
      app.router
        .invoke('backup.list', {})
        .backups.map((b) => b.reason)
        .sort()
    ).toEqual(['conference-end', 'daily']);
    await manager.tick();
    expect(app.router.invoke('backup.list', {}).backups).toHaveLength(2);
    app.clock.advance(25 * 3_600_000);
    await manager.tick();
    expect(app.router.invoke('backup.list', {}).backups.filter((b) => b.reason === 'daily')).toHaveLength(2);
    manager.stop();
  });

  it('says so when backups are not set up', () => {
    const app = openTestApp();
    apps.push(app);
    expect(app.router.call('backup.create', {})).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});

describe('the retention rule', () => {
  it('keeps all of a week, one a day for a month, one a month for a year, and every manual backup', () => {
    const now = new Date(2024, 11, 31, 12, 0, 0).getTime();
    const day = 86_400_000;
    const names = [
      backupName(now - 1 * day, 'daily'),
      backupName(now - 1 * day + 60_000, 'conference-end'),
      backupName(now - 10 * day, 'daily'),
      backupName(now - 10 * day + 60_000, 'conference-end'),
      backupName(now - 100 * day, 'daily'),
      backupName(now - 101 * day, 'daily'),
      backupName(now - 400 * day, 'daily'),
      backupName(now - 400 * day, 'manual')
    ];
    expect(expiredBackups(names, now).sort()).toEqual([names[2], names[5], names[6]].sort());
  });
});

describe('archive export and import', () => {
  it('merges the conferences not yet present: no duplicates, nothing lost, people and outlets matched by name', async () => {
    const a = setup();
    const shared = holdConference(a.app, {
      title: '两边都有的发布会',
      spokespeople: ['朱雷'],
      questions: [{ outlet: '大众网', text: '共同的问题？', answer: '共同的回答。' }]
    });
    const exported = await a.manager.backup('export');
    const onlyA = holdConference(a.app, {
      title: '只在甲的发布会',
      spokespeople: ['朱雷', '新发布人'],
      questions: [
        { outlet: '大众网', text: '甲独有的问题？', answer: '甲独有的回答。' },
        { outlet: '新媒体', text: '第二个问题？', answer: '第二个回答。', by: 1 }
      ],
      unasked: [{ outlet: '菏泽日报', text: '书面答复的问题', status: 'written_reply' }]
    });
    a.app.router.invoke('turn.update', { id: onlyA.turns[0]!, text: '更正过的开场。', kind: 'correction', reason: '笔误' });
    const full = (await a.manager.backup('export')).fileName!;

    // B starts from A's first export (so it holds the shared conference) and records one of its own
    const b = setup();
    await b.manager.restore(b.manager.adopt(path.join(a.manager.folder, exported.fileName!)));
    const onlyB = holdConference(b.app, {
      title: '只在乙的发布会',
      spokespeople: ['李琦'],
      questions: [{ outlet: '大众网', text: '乙的问题？', answer: '乙的回答。' }]
    });
    const outletsBefore = count(b.app, 'outlets');

    const { jobId } = b.app.router.invoke('archive.import', { fileName: b.manager.adopt(path.join(a.manager.folder, full)) });
    await b.manager.idle();
    const job = b.app.router.invoke('backup.list', {}).jobs.find((j) => j.id === jobId)!;
    expect(job).toMatchObject({ state: 'done', result: { imported: ['只在甲的发布会'], skipped: ['两边都有的发布会'] } });

    const titles = b.app.router
      .invoke('archive.list', {})
      .items.map((i) => i.title)
      .sort();
    expect(titles).toEqual(['两边都有的发布会', '只在乙的发布会', '只在甲的发布会']);
    // nothing lost: the imported conference has every question, turn, edit and roster entry of the original
    const imported = b.app.router.invoke('archive.list', { query: '只在甲' }).items[0]!;
    const original = a.app.router.invoke('conference.get', { id: onlyA.id });
    const copy = b.app.router.invoke('conference.get', { id: imported.id });
    expect(copy.participants.map((p) => [p.name, p.role])).toEqual(original.participants.map((p) => [p.name, p.role]));
    expect(copy.segments.map((s) => [s.kind, s.status, s.startedAt])).toEqual(original.segments.map((s) => [s.kind, s.status, s.startedAt]));
    expect(copy.questions.map((q) => [q.text, q.status])).toEqual(original.questions.map((q) => [q.text, q.status]));
    const turnsOf = (app: TestApp, id: number) => app.router.invoke('turn.list', { conferenceId: id }).map((t) => [t.text, t.speakerKind]);
    expect(turnsOf(b.app, imported.id)).toEqual(turnsOf(a.app, onlyA.id));
    const firstTurn = b.app.router.invoke('turn.list', { conferenceId: imported.id })[0]!;
    expect(b.app.router.invoke('turn.history', { id: firstTurn.id })).toEqual([expect.objectContaining({ kind: 'correction', reason: '笔误' })]);
    // answers point at the imported questions, in the same conference
    const answers = b.app.router.invoke('turn.list', { conferenceId: imported.id }).filter((t) => t.questionId !== null);
    expect(answers.every((t) => copy.questions.some((q) => q.id === t.questionId))).toBe(true);
    // the directory: 大众网 and 朱雷 matched, 新媒体 and 新发布人 added once
    expect(count(b.app, 'outlets')).toBe(outletsBefore + 2);
    expect(b.app.router.invoke('person.list', { query: '朱雷' })).toHaveLength(1);
    // the imported text is searchable; B's own conference is untouched
    expect(b.app.router.invoke('archive.search', { query: '甲独有的回答' }).hits).toHaveLength(1);
    expect(b.app.router.invoke('archive.search', { query: '乙的回答' }).hits.map((h) => h.conferenceId)).toEqual([onlyB.id]);
    expect(b.app.router.invoke('archive.search', { query: '共同的回答' }).hits).toHaveLength(1);

    // importing the same file again adds nothing
    await b.manager.importArchive(b.manager.adopt(path.join(a.manager.folder, full)));
    expect(b.app.router.invoke('archive.list', {}).total).toBe(3);
    expect(shared.id).toBeGreaterThan(0);
  });

  it('refuses a file that is not a Rostrum archive', async () => {
    const { app, manager } = setup();
    const junk = path.join(app.dataDir, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all, just text that is long enough to have a header');
    const job = await manager.importArchive(manager.adopt(junk));
    expect(job).toMatchObject({ state: 'failed', error: expect.stringMatching(/not a Rostrum archive/) });
    expect(app.router.invoke('archive.list', {}).total).toBe(0);
  });
});
