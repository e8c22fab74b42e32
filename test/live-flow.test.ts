import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a conference run end to end through the router', () => {
  it('runs the Heze fixture shape: roster, agenda, statement, three questions, closing', () => {
    app = openTestApp();
    const { invoke } = app.router;
    const conf = invoke('conference.create', { title: '菏泽市市直机关2023年度党的建设工作情况新闻发布会' });
    const host = invoke('person.create', { name: '王主持', honorific: '先生' });
    const zhu = invoke('person.create', { name: '朱雷', honorific: '先生', position: '中共菏泽市委市直机关工委书记' });
    const li = invoke('person.create', { name: '李琦', honorific: '先生' });
    const hostP = invoke('participant.add', { conferenceId: conf.id, personId: host.id, role: 'host' });
    const zhuP = invoke('participant.add', { conferenceId: conf.id, personId: zhu.id, role: 'spokesperson' });
    const liP = invoke('participant.add', { conferenceId: conf.id, personId: li.id, role: 'spokesperson' });
    expect(hostP.label).toBe('主持人');
    expect(zhuP.title).toBe('中共菏泽市委市直机关工委书记');
    const dzw = invoke('outlet.create', { name: '大众网', category: 'provincial' });

    invoke('live.start', { conferenceId: conf.id });
    invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: hostP.id, text: '新闻界的朋友们' });
    app.clock.advance(60_000);
    invoke('live.advance', { conferenceId: conf.id });
    invoke('live.advance', { conferenceId: conf.id });
    invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: zhuP.id, text: '今年以来' });
    invoke('live.advance', { conferenceId: conf.id });
    const q = invoke('question.register', { conferenceId: conf.id, outletId: dzw.id, text: '请问？', addressedToId: liP.id });
    invoke('question.call', { conferenceId: conf.id });
    invoke('answer.record', { questionId: q.id, participantId: liP.id, text: '好的，感谢提问。' });
    invoke('question.close', { id: q.id, status: 'answered' });
    invoke('live.advance', { conferenceId: conf.id });
    invoke('live.end', { conferenceId: conf.id });

    const turns = invoke('turn.list', { conferenceId: conf.id });
    expect(turns.map((t) => t.text)).toEqual(['新闻界的朋友们', '今年以来', '请问？', '好的，感谢提问。']);
    expect(turns[2]!.speakerKind).toBe('reporter');
    expect(turns[3]!.questionId).toBe(q.id);
    const detail = invoke('conference.get', { id: conf.id });
    expect(detail.conference.status).toBe('ended');
    expect(detail.segments.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(detail.undo?.label).toBe('live.end');

    const undone = invoke('live.undo', { conferenceId: conf.id });
    expect(undone.label).toBe('live.end');
    expect(invoke('conference.get', { id: conf.id }).conference.status).toBe('live');
    invoke('live.redo', { conferenceId: conf.id });
    expect(invoke('conference.get', { id: conf.id }).conference.status).toBe('ended');
  });
});
