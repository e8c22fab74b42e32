import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/main/core/router';
import { dump, expectRefused, startedConference, type Setup } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';

let app: TestApp;
let setup: Setup;
beforeEach(() => {
  app = openTestApp();
  setup = startedConference(app);
});
afterEach(() => app.cleanup());

const phone = (device: string): Caller => ({ role: 'submit', device });
const QUESTION = '请问市直机关在优化营商环境方面今年有哪些新举措？';

function open(accepting = true): void {
  app.router.invoke('submission.accept', { conferenceId: setup.conferenceId, accepting });
}

function submit(device: string, input: Partial<{ outlet: string; reporter: string; text: string }> = {}) {
  return app.router.call(
    'submission.create',
    { conferenceId: setup.conferenceId, outlet: setup.outlets.dzw.name, reporter: '张记者', text: QUESTION, language: 'zh', ...input },
    phone(device)
  );
}

describe('submissions from the room', () => {
  it('are refused, naming the conference, until the moderator opens the conference to them', () => {
    const before = dump(app.db);
    expectRefused(submit('phone-a'), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
    expect(app.router.invoke('submission.context', {}, phone('phone-a'))).toEqual({
      conferenceId: null,
      title: '',
      accepting: false,
      language: 'zh'
    });

    open();
    expect(app.router.invoke('submission.context', {}, phone('phone-a'))).toEqual({
      conferenceId: setup.conferenceId,
      title: setup.conference.title,
      accepting: true,
      language: 'zh'
    });
    expect(submit('phone-a').ok).toBe(true);
    open(false);
    expectRefused(submit('phone-b'), 'invalid_state', 'conferenceId');
  });

  it('allow one waiting question per device, and name the field of bad input', () => {
    open();
    const first = submit('phone-a');
    expect(first.ok).toBe(true);
    const before = dump(app.db);
    const again = expectRefused(submit('phone-a', { text: '另一个问题' }), 'conflict');
    expect(again.message).toMatch(/already have a question waiting/);
    expectRefused(submit('phone-b', { text: 'x'.repeat(301) }), 'invalid_input', 'text');
    expectRefused(submit('phone-b', { outlet: '  ' }), 'invalid_input', 'outlet');
    expectRefused(submit('phone-b', { reporter: '\u0007' }), 'invalid_input', 'reporter');
    expect(dump(app.db)).toEqual(before);
    expect(submit('phone-b').ok).toBe(true);

    // once the moderator has decided, the same phone may ask again
    const board = app.router.invoke('submission.list', { conferenceId: setup.conferenceId });
    app.router.invoke('submission.reject', { id: board.waiting[0]!.id, reason: '重复' });
    expect(submit('phone-a', { text: '第二个问题' }).ok).toBe(true);
  });

  it('are refused once the conference has ended', () => {
    open();
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    expectRefused(submit('phone-a'), 'invalid_state', 'conferenceId');
    expect(app.router.invoke('submission.context', { conferenceId: setup.conferenceId }, phone('x'))).toMatchObject({ accepting: false, title: '' });
  });

  it('approve: the submission becomes a registered question in the queue, and undo puts it back', () => {
    open();
    submit('phone-a');
    const [waiting] = app.router.invoke('submission.list', { conferenceId: setup.conferenceId }).waiting;
    expect(waiting).toMatchObject({ outletName: setup.outlets.dzw.name, outletId: setup.outlets.dzw.id, reporterName: '张记者', status: 'waiting' });
    const before = dump(app.db);

    const question = app.router.invoke('submission.approve', { id: waiting!.id, edits: { text: QUESTION + '谢谢。' } });
    expect(question).toMatchObject({ outletId: setup.outlets.dzw.id, reporterName: '张记者', text: QUESTION + '谢谢。', status: 'waiting' });
    const queue = app.router.invoke('question.list', { conferenceId: setup.conferenceId });
    expect(queue.map((q) => q.id)).toContain(question.id);
    const board = app.router.invoke('submission.list', { conferenceId: setup.conferenceId });
    expect(board.waiting).toEqual([]);
    expect(board.decided[0]).toMatchObject({ id: waiting!.id, status: 'approved', questionId: question.id });
    expect(app.router.invoke('conference.get', { id: setup.conferenceId }).undo).toMatchObject({
      label: 'submission.approve',
      args: { outlet: setup.outlets.dzw.name }
    });

    // approved twice: refused, naming the submission
    expectRefused(app.router.call('submission.approve', { id: waiting!.id }), 'invalid_state', 'id');

    app.router.invoke('live.undo', { conferenceId: setup.conferenceId });
    const undone = dump(app.db);
    for (const table of ['submissions', 'questions']) expect(undone[table], table).toEqual(before[table]);
    app.router.invoke('live.redo', { conferenceId: setup.conferenceId });
    expect(app.router.invoke('submission.list', { conferenceId: setup.conferenceId }).decided[0]?.status).toBe('approved');
  });

  it('approve of an outlet not in the directory asks for its category, then adds it', () => {
    open();
    submit('phone-a', { outlet: '菏泽日报' });
    const [waiting] = app.router.invoke('submission.list', { conferenceId: setup.conferenceId }).waiting;
    expect(waiting!.outletId).toBeNull();
    const before = dump(app.db);
    expectRefused(app.router.call('submission.approve', { id: waiting!.id }), 'invalid_input', 'edits.newOutletCategory');
    expect(dump(app.db)).toEqual(before);
    const question = app.router.invoke('submission.approve', { id: waiting!.id, edits: { newOutletCategory: 'local' } });
    expect(app.router.invoke('outlet.list', { query: '菏泽日报' }).map((o) => o.id)).toEqual([question.outletId]);
  });

  it('merge joins a queued question and keeps who asked it; reject keeps the reason; both undo', () => {
    open();
    const queued = app.router.invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets.xinhua.id, text: QUESTION });
    submit('phone-a', { text: '请问在优化营商环境方面今年有哪些新举措' });
    submit('phone-b', { outlet: '路透社', reporter: 'Ann', text: 'What will the city do about housing prices?' });
    const board = app.router.invoke('submission.list', { conferenceId: setup.conferenceId });
    const [similar, other] = board.waiting;
    expect(similar!.similar[0]).toMatchObject({ questionId: queued.id, reason: 'text' });
    expect(other!.similar).toEqual([]);

    expectRefused(app.router.call('submission.merge', { id: similar!.id, questionId: 99_999 }), 'not_found', 'questionId');
    const merged = app.router.invoke('submission.merge', { id: similar!.id, questionId: queued.id });
    expect(merged).toMatchObject({ status: 'merged', questionId: queued.id, reporterName: '张记者' });
    const rejected = app.router.invoke('submission.reject', { id: other!.id, reason: '与本次发布会无关' });
    expect(rejected).toMatchObject({ status: 'rejected', reason: '与本次发布会无关', questionId: null });

    app.router.invoke('live.undo', { conferenceId: setup.conferenceId });
    app.router.invoke('live.undo', { conferenceId: setup.conferenceId });
    expect(app.router.invoke('submission.list', { conferenceId: setup.conferenceId }).waiting.map((s) => s.status)).toEqual(['waiting', 'waiting']);
  });

  it('publishes a submissions event the console listens to, never to the submitting phone', () => {
    const events: string[] = [];
    app.subscribe((event) => events.push(`${event.topic}:${event.conferenceId}`));
    open();
    submit('phone-a');
    expect(events).toEqual([`submissions:${setup.conferenceId}`, `submissions:${setup.conferenceId}`]);
  });

  it('report: by outlet, and the outlets that submitted but were never called', () => {
    open();
    const queued = app.router.invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets.xinhua.id, text: QUESTION });
    submit('phone-a'); // 大众网, approved and called
    submit('phone-b', { outlet: '菏泽日报', text: '牡丹节有什么新安排？' }); // approved, never called
    submit('phone-c', { outlet: '菏泽日报', text: '第二个问题' }); // rejected
    submit('phone-d', { outlet: '路透社', text: QUESTION }); // merged into 新华社's question
    const [a, b, c, d] = app.router.invoke('submission.list', { conferenceId: setup.conferenceId }).waiting;
    const approvedA = app.router.invoke('submission.approve', { id: a!.id });
    app.router.invoke('submission.approve', { id: b!.id, edits: { newOutletCategory: 'local' } });
    app.router.invoke('submission.reject', { id: c!.id });
    app.router.invoke('submission.merge', { id: d!.id, questionId: queued.id });
    app.router.invoke('question.call', { conferenceId: setup.conferenceId, id: queued.id });
    app.router.invoke('question.call', { conferenceId: setup.conferenceId, id: approvedA.id, closeLive: 'answered' });

    const report = app.router.invoke('report.submissions', { conferenceId: setup.conferenceId });
    expect(report.totals).toEqual({ submitted: 4, approved: 2, merged: 1, rejected: 1, waiting: 0, called: 1 });
    expect(report.outlets.map((o) => [o.outletName, o.submitted, o.called])).toEqual([
      ['菏泽日报', 2, 0],
      ['大众网 ' + setup.conferenceId, 1, 1],
      ['路透社', 1, 0]
    ]);
    expect(report.notCalled).toEqual(['菏泽日报', '路透社']);
    expectRefused(app.router.call('report.submissions', { conferenceId: setup.conferenceId }, { role: 'readonly' }), 'forbidden');
  });
});
