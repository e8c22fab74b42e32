import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { runConference } from './builder';
import { count, readBack } from './read-back';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

type Category = 'central' | 'provincial' | 'local' | 'hmt' | 'foreign' | 'online';
const OUTLETS: [string, Category][] = [
  ['人民日报', 'central'],
  ['新华社', 'central'],
  ['中央广播电视总台', 'central'],
  ['光明日报', 'central'],
  ['大众日报', 'provincial'],
  ['山东广播电视台', 'provincial'],
  ['闪电新闻', 'provincial'],
  ['菏泽日报', 'local'],
  ['菏泽广播电视台', 'local'],
  ['凤凰卫视', 'hmt'],
  ['香港商报', 'hmt'],
  ['路透社', 'foreign'],
  ['彭博社', 'foreign'],
  ['澎湃新闻', 'online'],
  ['新浪网', 'online'],
  ['今日头条', 'online']
];

describe('conferences of other shapes, run through the API and read back', () => {
  it('a national briefing: one spokesperson answers sixteen outlets of every category', async () => {
    const c = runConference(app, {
      title: '国务院新闻办公室新闻发布会',
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      roster: [
        { name: '寿小丽', role: 'host', label: '主持人' },
        { name: '李明', role: 'spokesperson' }
      ]
    });
    c.start();
    c.say('寿小丽', '女士们、先生们，大家上午好！');
    c.advance();
    c.say('寿小丽', '今天我们请来了李明先生。');
    c.advance();
    c.say('李明', '下面我介绍有关情况。');
    c.say('李明', '一、总体情况');
    c.advance();
    c.say('寿小丽', '下面请记者朋友提问。');
    const asked = OUTLETS.map(([name, category], i) => {
      const q = c.ask(name, `${name}的问题：第${i + 1}问？`, category);
      if (i === OUTLETS.length - 1) app.router.invoke('question.markLast', { conferenceId: c.conferenceId, id: q });
      c.answer(q, '李明', `回答第${i + 1}问。`);
      c.close(q);
      return q;
    });
    const followUp = app.router.invoke('question.register', {
      conferenceId: c.conferenceId,
      outletId: c.outlet('路透社'),
      text: '追问：时间表？',
      followUpOf: asked[11]!
    });
    app.router.invoke('question.call', { conferenceId: c.conferenceId, id: followUp.id });
    c.answer(followUp.id, '李明', '年内。');
    c.close(followUp.id);
    c.advance();
    c.say('寿小丽', '今天的发布会就到这里，谢谢大家！');
    c.end();

    const formats = await readBack(app, c.conferenceId);
    for (const [format, lines] of Object.entries(formats)) {
      for (const [name] of OUTLETS) expect(count(lines, `${name}记者`), `${format} ${name}`).toBe(name === '路透社' ? 2 : 1);
      // a label per run: the statement's two paragraphs under one 李明; each answer under its own after the outlet
      expect(count(lines, '李明'), format).toBe(1 + OUTLETS.length + 1);
      expect(count(lines, '主持人'), format).toBe(4);
      expect(lines.indexOf('一、总体情况') - lines.indexOf('下面我介绍有关情况。'), format).toBe(1);
      expect(lines.at(-1), format).toBe('今天的发布会就到这里，谢谢大家！');
    }
    const report = app.router.invoke('report.conference', { conferenceId: c.conferenceId });
    expect(report.outlets).toHaveLength(OUTLETS.length);
    expect(report.categories.map((g) => [g.category, g.outlets, g.asked]).sort()).toEqual([
      ['central', 4, 4],
      ['foreign', 2, 3],
      ['hmt', 2, 2],
      ['local', 2, 2],
      ['online', 3, 3],
      ['provincial', 3, 3]
    ]);
    expect(report.spokespeople).toEqual([
      expect.objectContaining({ name: '李明', questionsAnswered: 17, firstAnswers: 17, supplementaryAnswers: 0 })
    ]);
  });

  it('an English briefing with stage notes, anonymous Q remarks and an embargo', () => {
    const c = runConference(app, {
      title: 'Press Briefing by Press Secretary Jen Psaki',
      language: 'en',
      venue: 'James S. Brady Press Briefing Room',
      timeZone: 'America/New_York',
      groundRules: 'on_the_record',
      template: 'empty',
      roster: [{ name: 'Jen Psaki', role: 'spokesperson', honorific: 'Ms' }]
    });
    app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'statement' });
    app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'qa' });
    c.start();
    c.say('Jen Psaki', 'Hi, everyone.');
    c.say('Jen Psaki', 'Happy Friday.');
    c.note('(Laughter.)');
    c.advance();
    c.note('(The press secretary takes questions.)');
    const q1 = c.ask('Associated Press', 'Jen, on the vaccine mandate?', 'foreign');
    c.answer(q1, 'Jen Psaki', 'We are confident in our legal authority.');
    c.close(q1);
    c.remark('Thank you.');
    const q2 = c.ask(null, 'And on the infrastructure bill?');
    c.answer(q2, 'Jen Psaki', 'It will pass.');
    c.note('(Laughter.)');
    c.close(q2);
    c.remark('Thanks, Jen.');
    c.end();
    const embargoUntil = app.clock.now() + 3_600_000;
    app.router.invoke('conference.update', { id: c.conferenceId, embargoUntil });

    expect(app.router.call('transcript.export', { conferenceId: c.conferenceId, format: 'docx' })).toMatchObject({
      ok: false,
      error: { details: { field: 'confirmEmbargo' } }
    });
    const text = exportAs(app, c.conferenceId, 'txt', { confirmEmbargo: true }).content;
    expect(text).toBe(
      [
        'Press Briefing by Press Secretary Jen Psaki',
        [
          'EMBARGOED UNTIL 9:05 P.M. EST, JANUARY 1, 2024',
          'ON THE RECORD',
          'James S. Brady Press Briefing Room',
          'January 1, 2024',
          '8:00 P.M. EST'
        ].join('\n'),
        'MS. PSAKI:  Hi, everyone.',
        'Happy Friday. (Laughter.)',
        '(The press secretary takes questions.)',
        'Q  Jen, on the vaccine mandate?',
        'MS. PSAKI:  We are confident in our legal authority.',
        'Q  Thank you.',
        'Q  And on the infrastructure bill?',
        'MS. PSAKI:  It will pass. (Laughter.)',
        'Q  Thanks, Jen.',
        'END 8:05 P.M. EST'
      ].join('\n\n') + '\n'
    );
    const report = app.router.invoke('report.conference', { conferenceId: c.conferenceId });
    expect(report.outlets.reduce((n, o) => n + o.asked, 0)).toBe(2);
  });

  it('two answerers on one question, an interpreter, and a written reply added after the end', async () => {
    const c = runConference(app, {
      title: '中外记者见面会',
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      template: 'empty',
      roster: [
        { name: '王主持', role: 'host' },
        { name: '朱雷', role: 'spokesperson' },
        { name: '李琦', role: 'spokesperson' },
        { name: '张译', role: 'interpreter' }
      ]
    });
    app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'qa' });
    c.start();
    c.say('王主持', '请提问。');
    const both = c.ask('新华社', '两个部门如何配合？');
    c.answer(both, '朱雷', '我先回答。');
    c.answer(both, '李琦', '我补充一点。');
    c.close(both);
    const foreign = c.ask('路透社', 'How will foreign firms benefit?', 'foreign');
    c.interpret('张译', '外国企业将如何受益？');
    c.answer(foreign, '朱雷', '一视同仁。');
    c.interpret('张译', 'They will be treated equally.');
    c.close(foreign);
    const left = c.register('大众网', '请提供去年的数据。');
    c.close(left, 'written_reply');
    c.say('王主持', '谢谢大家。');
    c.end();
    app.clock.advance(2 * 86_400_000);
    app.router.invoke('reply.record', {
      conferenceId: c.conferenceId,
      questionId: left,
      participantId: c.participant['李琦']!,
      text: '去年增长百分之八。',
      repliedOn: '2024-01-04'
    });

    const expected = [
      '中外记者见面会',
      '新闻发布会开始',
      '主持人',
      '请提问。',
      '新华社记者',
      '两个部门如何配合？',
      '朱雷',
      '我先回答。',
      '李琦',
      '我补充一点。',
      '路透社记者',
      'How will foreign firms benefit?',
      '翻译',
      '外国企业将如何受益？',
      '朱雷',
      '一视同仁。',
      '翻译',
      'They will be treated equally.',
      '主持人',
      '谢谢大家。',
      '会后书面答复',
      '大众网记者',
      '请提供去年的数据。',
      '李琦',
      '去年增长百分之八。',
      '（2024年1月4日书面答复）'
    ];
    for (const [format, lines] of Object.entries(await readBack(app, c.conferenceId))) expect(lines, format).toEqual(expected);
    const report = app.router.invoke('report.conference', { conferenceId: c.conferenceId });
    const load = (name: string) => report.spokespeople.find((s) => s.name === name)!;
    expect(load('朱雷')).toMatchObject({ questionsAnswered: 2, firstAnswers: 2, supplementaryAnswers: 0, writtenReplies: 0 });
    expect(load('李琦')).toMatchObject({ questionsAnswered: 1, firstAnswers: 0, supplementaryAnswers: 1, writtenReplies: 1 });
    expect(report.outlets.find((o) => o.name === '大众网')).toMatchObject({ asked: 0, writtenReply: 1, answeredInWriting: 1 });
  });
});
