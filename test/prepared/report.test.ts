import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { expectRefused, startedConference } from '../fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('the prepared-questions report', () => {
  it('says which prepared questions were registered and asked, and which cards were sent how often; CSV in both languages', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const create = (text: string, topic: string) =>
      app.router.invoke('prepared.create', { conferenceId, outletId: setup.outlets.dzw.id, reporterName: '张记者', text, topic });
    const asked = create('作风建设有何举措？', '作风');
    const registered = create('宣讲有何成绩？', '宣讲');
    const dropped = create('融合发展如何推进？', '党建');
    create('还没问的问题', '');
    app.router.invoke('prepared.update', { id: dropped.id, dropped: true });
    const card = app.router.invoke('cards.create', { conferenceId, participantId: setup.li.id, title: '改进作风', topic: '作风' });
    app.router.invoke('cards.create', { conferenceId, title: '未用的口径' });

    const question = app.router.invoke('prepared.ask', { preparedId: asked.id });
    app.router.invoke('prepared.ask', { preparedId: registered.id });
    app.router.invoke('question.call', { conferenceId, id: question.id });
    app.clock.advance(1_000);
    app.router.invoke('cards.send', { conferenceId, cardId: card.id });
    app.router.invoke('cards.send', { conferenceId, cardId: null });
    app.router.invoke('cards.send', { conferenceId, cardId: card.id });

    const report = app.router.invoke('report.prepared', { conferenceId });
    expect(report.totals).toEqual({ prepared: 4, registered: 2, asked: 1, dropped: 1, cards: 2, cardsUsed: 1, sends: 2 });
    expect(report.questions.map((q) => [q.text, q.status, q.questionStatus])).toEqual([
      ['作风建设有何举措？', 'asked', 'live'],
      ['宣讲有何成绩？', 'asked', 'waiting'],
      ['融合发展如何推进？', 'dropped', null],
      ['还没问的问题', 'open', null]
    ]);
    expect(report.cards).toEqual([
      { cardId: card.id, title: '改进作风', topic: '作风', spokesperson: '李琦', sends: 2, firstSentAt: app.clock.now(), questionIds: [question.id] }
    ]);

    const zh = app.router.invoke('report.preparedCsv', { conferenceId, language: 'zh' });
    expect(zh.content.startsWith('\uFEFF报题数,按报题登记,')).toBe(true);
    expect(zh.content).toContain('\r\n1,' + setup.outlets.dzw.name + ',张记者,作风,作风建设有何举措？,asked,live\r\n');
    expect(zh.content).toContain('改进作风,作风,李琦,2');
    const en = app.router.invoke('report.preparedCsv', { conferenceId, language: 'en' });
    expect(en.content).toContain('Prepared,Registered from the list,Asked,Dropped,Cards,Cards used,Sends\r\n4,2,1,1,2,1,2');
  });

  it('is internal: a read-only display is refused it, and report.conference names no card', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const card = app.router.invoke('cards.create', { conferenceId, title: '独一无二的口径标题' });
    app.router.invoke('cards.send', { conferenceId, cardId: card.id });
    expectRefused(app.router.call('report.prepared', { conferenceId }, { role: 'readonly' }), 'forbidden');
    expectRefused(app.router.call('report.preparedCsv', { conferenceId }, { role: 'readonly' }), 'forbidden');
    expect(JSON.stringify(app.router.invoke('report.conference', { conferenceId }, { role: 'readonly' }))).not.toContain('独一无二');
    expectRefused(app.router.call('report.prepared', { conferenceId: 999 }), 'not_found', 'conferenceId');
  });
});
