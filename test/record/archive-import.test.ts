import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createBackupManager } from '../../src/main/core/archive/backup-manager';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { runConference } from './builder';

const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});
function setup() {
  const app = openTestApp();
  apps.push(app);
  return { app, manager: createBackupManager({ rostrum: app, now: app.clock.now }) };
}

describe('archive import of the published record', () => {
  it('carries time zone, ground rules, embargo, interpretations, written replies and corrected times into another archive', async () => {
    const a = setup();
    const c = runConference(a.app, {
      title: '中外记者见面会',
      language: 'zh',
      timeZone: 'Asia/Hong_Kong',
      groundRules: 'on_the_record',
      roster: [
        { name: '朱雷', role: 'spokesperson' },
        { name: '李琦', role: 'spokesperson' },
        { name: '张译', role: 'interpreter' }
      ]
    });
    c.start();
    c.advance();
    c.advance();
    c.advance();
    const q = c.ask('路透社', 'What is next?', 'foreign');
    c.interpret('张译', '下一步是什么？');
    c.answer(q, '朱雷', '继续开放。');
    c.answer(q, '李琦', '我补充。');
    c.close(q);
    const left = c.ask('大众网', '请提供数据。');
    c.close(left, 'written_reply');
    c.end();
    const { invoke } = a.app.router;
    const reply = invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: left,
      participantId: c.participant['朱雷']!,
      text: '稍后答复。',
      repliedOn: '2024-01-03'
    });
    invoke('reply.update', {
      id: reply.id,
      participantId: c.participant['李琦']!,
      text: '数据见附件。',
      repliedOn: '2024-01-04',
      kind: 'correction'
    });
    const { conference } = invoke('conference.get', { id: c.conferenceId });
    invoke('conference.correctTimes', { id: c.conferenceId, endedAt: conference.endedAt! + 120_000, kind: 'correction' });
    const embargoUntil = a.app.clock.now() + 3_600_000;
    invoke('conference.update', { id: c.conferenceId, embargoUntil });
    const exported = (await a.manager.backup('export')).fileName!;

    const b = setup();
    b.app.router.invoke('conference.create', { title: '乙自己的发布会' });
    await b.manager.importArchive(b.manager.adopt(path.join(a.manager.folder, exported)));
    const id = b.app.router.invoke('archive.list', { query: '中外记者' }).items[0]!.id;
    const copy = b.app.router.invoke('conference.get', { id });
    expect(copy.conference).toMatchObject({ timeZone: 'Asia/Hong_Kong', groundRules: 'on_the_record', embargoUntil });
    expect(copy.writtenReplies).toEqual([expect.objectContaining({ text: '数据见附件。', repliedOn: '2024-01-04', conferenceId: id })]);
    expect(copy.writtenReplies[0]!.participantId).toBe(copy.participants.find((p) => p.name === '李琦')!.id);
    expect(b.app.router.invoke('reply.history', { id: copy.writtenReplies[0]!.id })).toEqual([
      expect.objectContaining({
        kind: 'correction',
        textBefore: '稍后答复。',
        participantBefore: copy.participants.find((p) => p.name === '朱雷')!.id,
        participantAfter: copy.participants.find((p) => p.name === '李琦')!.id
      })
    ]);
    expect(b.app.router.invoke('conference.timeHistory', { id })).toEqual([expect.objectContaining({ field: 'endedAt', kind: 'correction' })]);
    const turns = b.app.router.invoke('turn.list', { conferenceId: id });
    const interpretation = turns.find((t) => t.interpretsTurnId !== null)!;
    expect(turns.find((t) => t.id === interpretation.interpretsTurnId)).toMatchObject({ speakerKind: 'reporter', text: 'What is next?' });
    expect(turns.filter((t) => t.supplementary).map((t) => t.text)).toEqual(['我补充。']);
    const options = { confirmEmbargo: true } as const;
    expect(exportAs(b.app, id, 'txt', options).content).toBe(exportAs(a.app, c.conferenceId, 'txt', options).content);
  });
});
