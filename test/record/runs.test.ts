import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { count, pdfText, readBack } from './read-back';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

/**
 * A conference run the way the console runs it: the host's opening and the
 * statement delivered paragraph by paragraph (one turn.add per paragraph, the
 * console's "delivered" key), an answer given in two takes, the host speaking
 * twice in a row.
 */
function deliveredByParagraph(language: 'zh' | 'en') {
  const { invoke } = app.router;
  const zh = language === 'zh';
  const conference = invoke('conference.create', {
    title: zh ? '分段宣读发布会' : 'Briefing read paragraph by paragraph',
    language,
    timeZone: 'UTC'
  });
  const person = (name: string, honorific: 'Mr' | 'Ms' | '先生' | '女士') => invoke('person.create', { name, honorific }).id;
  const host = invoke('participant.add', {
    conferenceId: conference.id,
    personId: person(zh ? '王主持' : 'Jen Psaki', zh ? '先生' : 'Ms'),
    role: 'host'
  }).id;
  const speaker = invoke('participant.add', {
    conferenceId: conference.id,
    personId: person(zh ? '朱雷' : 'John Smith', zh ? '先生' : 'Mr'),
    role: 'spokesperson'
  }).id;
  const outlet = invoke('outlet.create', { name: zh ? '大众网' : 'Reuters', category: 'provincial' }).id;
  const say = (participantId: number, text: string) => {
    app.clock.advance(20_000);
    return invoke('turn.add', { conferenceId: conference.id, speakerKind: 'participant', participantId, text });
  };
  invoke('live.start', { conferenceId: conference.id }); // opening
  say(host, zh ? '新闻界的朋友们，大家上午好！' : 'Good morning.');
  say(host, zh ? '欢迎参加新闻发布会。' : 'Welcome to the briefing.');
  invoke('live.advance', { conferenceId: conference.id }); // introduction
  say(host, zh ? '首先，请朱雷先生介绍情况。' : 'Mr. Smith will begin.');
  invoke('live.advance', { conferenceId: conference.id }); // statement
  const statement = zh
    ? ['今年以来，我们做了三件事。', '一、强化政治引领', '二、夯实组织基础']
    : ['This year we did three things.', 'First, we led.', 'Second, we built.'];
  for (const paragraph of statement) say(speaker, paragraph);
  invoke('live.advance', { conferenceId: conference.id }); // Q&A
  const question = invoke('question.register', { conferenceId: conference.id, outletId: outlet, text: zh ? '请问下一步打算？' : 'What comes next?' });
  invoke('question.call', { conferenceId: conference.id });
  app.clock.advance(20_000);
  invoke('answer.record', { questionId: question.id, participantId: speaker, text: zh ? '谢谢提问。' : 'Thank you.' });
  app.clock.advance(20_000);
  invoke('answer.record', { questionId: question.id, participantId: speaker, text: zh ? '我们将继续努力。' : 'We will keep at it.' });
  invoke('question.close', { id: question.id, status: 'answered' });
  say(host, zh ? '今天的发布会到此结束。' : 'That is all for today.');
  say(host, zh ? '谢谢大家！' : 'Thank you all.');
  invoke('live.end', { conferenceId: conference.id });
  return conference.id;
}

describe('one label per run of a speaker', () => {
  it('zh: TXT, Markdown, HTML and DOCX print the label once per run, the paragraphs under it, a turn per paragraph kept', async () => {
    const conferenceId = deliveredByParagraph('zh');
    const expected = [
      '分段宣读发布会',
      '新闻发布会开始',
      '主持人',
      '新闻界的朋友们，大家上午好！',
      '欢迎参加新闻发布会。',
      // a new segment starts a new run, as the Heze record prints 主持人 again before the introduction
      '主持人',
      '首先，请朱雷先生介绍情况。',
      '朱雷',
      '今年以来，我们做了三件事。',
      '一、强化政治引领',
      '二、夯实组织基础',
      '大众网记者',
      '请问下一步打算？',
      '朱雷',
      '谢谢提问。',
      '我们将继续努力。',
      '主持人',
      '今天的发布会到此结束。',
      '谢谢大家！'
    ];
    const formats = await readBack(app, conferenceId);
    for (const [format, lines] of Object.entries(formats)) expect(lines, format).toEqual(expected);
    // the data stays a turn per paragraph, and captions keep a cue per turn
    expect(app.router.invoke('turn.list', { conferenceId })).toHaveLength(11);
    expect(exportAs(app, conferenceId, 'srt').content.match(/ --> /g)).toHaveLength(11);
  });

  it('zh: the PDF prints each run’s label once', async () => {
    const conferenceId = deliveredByParagraph('zh');
    const lines = (await pdfText(app, conferenceId)).split('\n').map((l) => l.trim());
    expect(count(lines, '主持人')).toBe(3);
    expect(count(lines, '朱雷')).toBe(2);
    expect(lines).toContain('二、夯实组织基础');
  });

  it('en: the label is in front of the run’s first paragraph only, in every format', async () => {
    const conferenceId = deliveredByParagraph('en');
    const formats = await readBack(app, conferenceId);
    for (const [format, lines] of Object.entries(formats)) {
      const label = (line: string) => /^(MS\. PSAKI|MR\. SMITH):/.test(line);
      expect(lines.filter(label).length, format).toBe(5);
      expect(
        lines.find((l) => l.startsWith('MR. SMITH:')),
        format
      ).toMatch(/^MR\. SMITH: +This year we did three things\.$/);
      expect(lines, format).toContain('Second, we built.');
      expect(lines, format).toContain('We will keep at it.');
    }
  });

  it('a paragraph undone leaves the run, redone joins it again, under the one label', () => {
    const { invoke } = app.router;
    const conference = invoke('conference.create', { title: '撤销测试', language: 'zh', template: 'empty' });
    const personId = invoke('person.create', { name: '朱雷' }).id;
    const speaker = invoke('participant.add', { conferenceId: conference.id, personId, role: 'spokesperson' }).id;
    invoke('segment.add', { conferenceId: conference.id, kind: 'statement' });
    invoke('live.start', { conferenceId: conference.id });
    for (const text of ['第一段。', '第二段。', '第三段。']) {
      invoke('turn.add', { conferenceId: conference.id, speakerKind: 'participant', participantId: speaker, text });
    }
    const body = () => exportAs(app, conference.id, 'txt').content.split('\n').slice(2, -1);
    expect(body()).toEqual(['朱雷', '第一段。', '第二段。', '第三段。']);
    invoke('live.undo', { conferenceId: conference.id });
    expect(body()).toEqual(['朱雷', '第一段。', '第二段。']);
    invoke('live.redo', { conferenceId: conference.id });
    expect(body()).toEqual(['朱雷', '第一段。', '第二段。', '第三段。']);
  });
});
