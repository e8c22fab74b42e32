import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { refusal, runConference, snapshot } from './builder';
import { readBack } from './read-back';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

/** A zh conference: one question answered aloud, one left for a written reply while waiting, one asked aloud then left for one. */
function conferenceWithWrittenReplies(language: 'zh' | 'en' = 'zh') {
  const zh = language === 'zh';
  const c = runConference(app, {
    title: zh ? '书面答复测试发布会' : 'Written replies briefing',
    language,
    timeZone: zh ? 'Asia/Shanghai' : 'America/New_York',
    roster: [
      { name: zh ? '王主持' : 'Jen Host', role: 'host', honorific: zh ? '先生' : 'Ms' },
      { name: zh ? '朱雷' : 'John Smith', role: 'spokesperson', honorific: zh ? '先生' : 'Mr' }
    ]
  });
  const speaker = zh ? '朱雷' : 'John Smith';
  c.start();
  c.advance();
  c.advance();
  c.advance();
  const unasked = c.register(zh ? '菏泽日报' : 'Reuters', zh ? '请提供详细数据。' : 'Can you give the figures?', 'local');
  c.close(unasked, 'written_reply');
  const aloud = c.ask(zh ? '大众网' : 'AP', zh ? '请问下一步打算？' : 'What comes next?');
  c.answer(aloud, speaker, zh ? '我们将继续努力。' : 'We will keep at it.');
  c.close(aloud);
  const askedThenLeft = c.ask(zh ? '闪电新闻' : 'Bloomberg', zh ? '请问预算是多少？' : 'What is the budget?');
  c.close(askedThenLeft, 'written_reply');
  c.advance();
  c.say(zh ? '王主持' : 'Jen Host', zh ? '发布会到此结束。' : 'That is all.');
  c.end();
  return { ...c, speaker, unasked, aloud, askedThenLeft };
}

describe('written replies (会后书面答复)', () => {
  it('are recorded after the conference ended and print in an appendix in every format, each under its question', async () => {
    const c = conferenceWithWrittenReplies();
    const { invoke } = app.router;
    app.clock.advance(3 * 86_400_000);
    const reply = invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.unasked,
      participantId: c.participant['朱雷']!,
      text: '截至去年底，共建成示范点120个。',
      repliedOn: '2024-01-05'
    });
    expect(reply).toMatchObject({ questionId: c.unasked, repliedOn: '2024-01-05' });
    invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.askedThenLeft,
      participantId: c.participant['朱雷']!,
      text: '预算为三千万元。',
      repliedOn: '2024-01-06'
    });
    expect(invoke('conference.get', { id: c.conferenceId }).writtenReplies.map((r) => r.text)).toEqual([
      '截至去年底，共建成示范点120个。',
      '预算为三千万元。'
    ]);
    const formats = await readBack(app, c.conferenceId);
    for (const [format, lines] of Object.entries(formats)) {
      // the body keeps the question asked aloud with its note, the closing words after it
      const body = lines.slice(0, lines.indexOf('会后书面答复'));
      expect(body.slice(-5), format).toEqual(['闪电新闻记者', '请问预算是多少？', '（会后书面答复）', '主持人', '发布会到此结束。']);
      expect(lines.slice(lines.indexOf('会后书面答复')), format).toEqual([
        '会后书面答复',
        '菏泽日报记者',
        '请提供详细数据。',
        '朱雷',
        '截至去年底，共建成示范点120个。',
        '（2024年1月5日书面答复）',
        '闪电新闻记者',
        '请问预算是多少？',
        '朱雷',
        '预算为三千万元。',
        '（2024年1月6日书面答复）'
      ]);
    }
  });

  it('English: the appendix is headed “Written replies”, each reply dated', () => {
    const c = conferenceWithWrittenReplies('en');
    app.router.invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.unasked,
      participantId: c.participant['John Smith']!,
      text: 'The figures are in the annex.',
      repliedOn: '2024-01-05'
    });
    const text = exportAs(app, c.conferenceId, 'txt').content;
    expect(text).toContain(
      'Written replies\n\nQ  Can you give the figures?\n\nMR. SMITH:  The figures are in the annex.\n\n(Answered in writing on January 5, 2024.)'
    );
    // the question asked aloud and left for a reply stays in the body, noted, until its reply comes
    expect(text).toContain('Q  What is the budget?\n\n(To be answered in writing.)');
    expect(text.indexOf('What is the budget?')).toBe(text.lastIndexOf('What is the budget?'));
  });

  it('count as answered in writing in the reports, not as asked aloud', () => {
    const c = conferenceWithWrittenReplies();
    const { invoke } = app.router;
    const before = invoke('report.conference', { conferenceId: c.conferenceId });
    expect(before.outlets.find((o) => o.name === '菏泽日报')).toMatchObject({ asked: 0, writtenReply: 1, answeredInWriting: 0 });
    invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.unasked,
      participantId: c.participant['朱雷']!,
      text: '见附件。',
      repliedOn: '2024-01-05'
    });
    const report = invoke('report.conference', { conferenceId: c.conferenceId });
    expect(report.outlets.find((o) => o.name === '菏泽日报')).toMatchObject({ asked: 0, writtenReply: 1, answeredInWriting: 1 });
    // the one asked aloud and then left for a reply was asked aloud
    expect(report.outlets.find((o) => o.name === '闪电新闻')).toMatchObject({ asked: 1, answered: 0, writtenReply: 1, answeredInWriting: 0 });
    expect(report.spokespeople.find((s) => s.name === '朱雷')).toMatchObject({ questionsAnswered: 1, firstAnswers: 1, writtenReplies: 1 });
    const period = invoke('report.period', {});
    expect(period.outlets.find((o) => o.name === '菏泽日报')).toMatchObject({ asked: 0, answeredInWriting: 1, overlooked: false });
  });

  it('are corrected or altered with reply.update and taken back with reply.remove, each change kept in their history; the export follows', () => {
    const c = conferenceWithWrittenReplies();
    const { invoke } = app.router;
    const other = invoke('person.create', { name: '李琦' });
    const li = invoke('participant.add', { conferenceId: c.conferenceId, personId: other.id, role: 'spokesperson' }).id;
    const zhu = c.participant['朱雷']!;
    const reply = invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.unasked,
      participantId: zhu,
      text: '初稿。',
      repliedOn: '2024-01-05'
    });
    app.clock.advance(86_400_000);
    const corrected = invoke('reply.update', {
      id: reply.id,
      participantId: li,
      text: '定稿。',
      repliedOn: '2024-01-08',
      kind: 'correction',
      editor: '编辑甲',
      reason: '按正式答复'
    });
    expect(corrected).toMatchObject({ participantId: li, text: '定稿。', repliedOn: '2024-01-08' });
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain('请提供详细数据。\n李琦\n定稿。\n（2024年1月8日书面答复）\n');
    // a change that changes nothing is not a change
    invoke('reply.update', { id: reply.id, text: '定稿。', kind: 'alteration' });
    invoke('reply.remove', { id: reply.id, editor: '编辑甲', reason: '重复' });
    expect(invoke('reply.list', { conferenceId: c.conferenceId })).toEqual([]);
    expect(invoke('conference.get', { id: c.conferenceId }).writtenReplies).toEqual([]);
    expect(exportAs(app, c.conferenceId, 'txt').content).not.toContain('定稿。');
    expect(invoke('reply.history', { id: reply.id })).toEqual([
      expect.objectContaining({
        kind: 'correction',
        textBefore: '初稿。',
        textAfter: '定稿。',
        participantBefore: zhu,
        participantAfter: li,
        repliedOnBefore: '2024-01-05',
        repliedOnAfter: '2024-01-08',
        editor: '编辑甲',
        reason: '按正式答复'
      }),
      expect.objectContaining({ kind: 'deletion', textBefore: '定稿。', reason: '重复' })
    ]);
    expect(refusal(app, 'reply.update', { id: reply.id, text: '复活。', kind: 'correction' })).toMatchObject({
      code: 'not_found',
      details: { field: 'id' }
    });
    // the one who replied stays on the roster: the history names them
    expect(refusal(app, 'participant.remove', { id: li })).toMatchObject({ code: 'invalid_state' });
  });

  it('refuses, naming the field and changing nothing: a question not left for a reply, another conference’s, a wrong answerer, a bad date', () => {
    const c = conferenceWithWrittenReplies();
    const d = conferenceWithWrittenReplies();
    const speaker = c.participant['朱雷']!;
    const before = snapshot(app, c.conferenceId);
    const good = { conferenceId: c.conferenceId, questionId: c.unasked, participantId: speaker, text: '答复。', repliedOn: '2024-01-05' };
    expect(refusal(app, 'reply.record', { ...good, questionId: c.aloud })).toMatchObject({ code: 'invalid_state', details: { field: 'questionId' } });
    expect(refusal(app, 'reply.record', { ...good, questionId: d.unasked })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'questionId' }
    });
    expect(refusal(app, 'reply.record', { ...good, questionId: 99_999 })).toMatchObject({ code: 'not_found', details: { field: 'questionId' } });
    expect(refusal(app, 'reply.record', { ...good, participantId: d.participant['朱雷'] })).toMatchObject({ details: { field: 'participantId' } });
    expect(refusal(app, 'reply.record', { ...good, repliedOn: '2024-02-30' })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'repliedOn' }
    });
    expect(refusal(app, 'reply.record', { ...good, repliedOn: '5 Jan 2024' })).toMatchObject({ details: { field: 'repliedOn' } });
    expect(refusal(app, 'reply.record', { ...good, text: '  ' })).toMatchObject({ details: { field: 'text' } });
    // an answer recorded as a turn on a question never asked aloud would print with nothing above it
    expect(
      refusal(app, 'turn.add', {
        conferenceId: c.conferenceId,
        speakerKind: 'participant',
        participantId: speaker,
        questionId: c.unasked,
        text: '答复。'
      })
    ).toMatchObject({ code: 'invalid_state', details: { field: 'questionId' } });
    expect(snapshot(app, c.conferenceId)).toEqual(before);
    const reply = app.router.invoke('reply.record', good);
    const recorded = snapshot(app, c.conferenceId);
    expect(refusal(app, 'reply.update', { id: reply.id, participantId: d.participant['朱雷'], kind: 'correction' })).toMatchObject({
      details: { field: 'participantId' }
    });
    expect(refusal(app, 'reply.update', { id: reply.id, repliedOn: '2024-13-01', kind: 'correction' })).toMatchObject({
      details: { field: 'repliedOn' }
    });
    expect(refusal(app, 'reply.update', { id: reply.id, text: '改。' })).toMatchObject({ details: { field: 'kind' } });
    expect(snapshot(app, c.conferenceId)).toEqual(recorded);
  });

  it('repeats a question asked aloud in the appendix as the body printed it: a redacted span stays redacted', () => {
    const c = conferenceWithWrittenReplies();
    const { invoke } = app.router;
    const asking = invoke('turn.list', { conferenceId: c.conferenceId }).find((t) => t.questionId === c.askedThenLeft)!;
    invoke('redaction.add', { turnId: asking.id, start: asking.text.indexOf('预算'), end: asking.text.indexOf('预算') + 2, reason: '未公开' });
    invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: c.askedThenLeft,
      participantId: c.participant['朱雷']!,
      text: '另行公布。',
      repliedOn: '2024-01-06'
    });
    const text = exportAs(app, c.conferenceId, 'txt').content;
    expect(text).not.toContain('预算');
    expect(text.split('请问［此处删节］是多少？').length - 1).toBe(2);
    const internal = exportAs(app, c.conferenceId, 'txt', { audience: 'internal' }).content;
    expect(internal.split('请问［删节：预算］是多少？').length - 1).toBe(2);
  });
});
