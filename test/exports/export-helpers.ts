import type { MethodInput } from '../../src/shared/methods';
import type { ExportFile } from '../../src/shared/methods-export';
import type { TestApp } from '../helpers';

export type ExportOptions = Omit<MethodInput<'transcript.export'>, 'conferenceId' | 'format'>;

/** Exports through the router, as every transport does. */
export function exportAs(
  app: TestApp,
  conferenceId: number,
  format: MethodInput<'transcript.export'>['format'],
  options: ExportOptions = {}
): ExportFile {
  return app.router.invoke('transcript.export', { conferenceId, format, ...options });
}

export function bytesOf(file: ExportFile): Buffer {
  return Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
}

/** A small ended conference in either language (one per app): host, one spokesperson, one outlet, turns as given. */
export function smallConference(
  app: TestApp,
  language: 'zh' | 'en',
  turns: (ids: { host: number; speaker: number; outlet: number; conferenceId: number }) => void,
  extra: { title?: string; venue?: string; template?: 'standard' | 'empty'; timeZone?: string } = {}
): number {
  const { invoke } = app.router;
  const conf = invoke('conference.create', {
    title: extra.title ?? (language === 'zh' ? '测试新闻发布会' : 'Press Briefing by the Press Secretary'),
    venue: extra.venue ?? '',
    language,
    // the zone a record in this language is usually held in, whatever the machine's own
    timeZone: extra.timeZone ?? (language === 'zh' ? 'Asia/Shanghai' : 'UTC'),
    template: extra.template ?? 'empty'
  });
  const hostPerson = invoke('person.create', {
    name: language === 'zh' ? '王主持' : 'Jen Psaki',
    honorific: language === 'zh' ? '先生' : 'Ms',
    organisation: 'Rostrum test'
  });
  const speakerPerson = invoke('person.create', {
    name: language === 'zh' ? '朱雷' : 'John Smith',
    honorific: language === 'zh' ? '先生' : 'Mr',
    organisation: 'Rostrum test'
  });
  const host = invoke('participant.add', { conferenceId: conf.id, personId: hostPerson.id, role: 'host' }).id;
  const speaker = invoke('participant.add', { conferenceId: conf.id, personId: speakerPerson.id, role: 'spokesperson' }).id;
  const outlet = invoke('outlet.create', { name: language === 'zh' ? '大众网' : 'Reuters', category: 'provincial' }).id;
  invoke('live.start', { conferenceId: conf.id });
  turns({ host, speaker, outlet, conferenceId: conf.id });
  invoke('live.end', { conferenceId: conf.id });
  return conf.id;
}

export interface RichIds {
  conferenceId: number;
  host: number;
  speaker: number;
  answered: number;
  followUp: number;
  withdrawn: number;
  writtenReply: number;
  notReached: number;
  openingTurn: number;
  redactedTurn: number;
  correctedTurn: number;
  deletedTurn: number;
}

/**
 * A zh conference with every kind of record: an answered question and its
 * follow-up, a question withdrawn after it was called, one left for a written
 * reply, one not reached, a stage note, an extension, the last question
 * marked; then, the day after, a correction, a deletion and a redaction.
 */
export function richConference(app: TestApp): RichIds {
  const { invoke } = app.router;
  let ids = {} as RichIds;
  const conferenceId = smallConference(
    app,
    'zh',
    ({ host, speaker, outlet, conferenceId }) => {
      const turn = (participantId: number, text: string) => invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId, text }).id;
      const ask = (text: string, extra: { followUpOf?: number; reporterName?: string } = {}) =>
        invoke('question.register', { conferenceId, outletId: outlet, text, addressedToId: speaker, ...extra }).id;
      const answer = (questionId: number, text: string) => invoke('answer.record', { questionId, participantId: speaker, text }).id;

      const advance = () => invoke('live.advance', { conferenceId });
      const openingTurn = turn(host, '各位记者朋友,大家上午好!\n欢迎参加今天的新闻发布会。');
      app.clock.advance(30_000);
      advance();
      advance(); // the statement
      const redactedTurn = turn(speaker, '今年我们完成了三件事。其中一件涉及尚未公开的人事安排。\n第二件是民生实事。');
      app.clock.advance(120_000);
      const qa = advance()!;
      invoke('live.extend', { conferenceId, seconds: 600 });
      invoke('live.extend', { conferenceId, segmentId: qa.id, seconds: 300 });
      const answered = ask('请问下一步有什么打算?');
      const withdrawn = ask('这个问题我撤回。');
      const writtenReply = ask('请提供详细数据。', { reporterName: '张三' });
      const notReached = ask('还有一个问题没来得及问。');
      invoke('question.call', { conferenceId, id: answered });
      app.clock.advance(20_000);
      const correctedTurn = answer(answered, '谢谢提问。我们将继续努力。');
      invoke('question.close', { id: answered, status: 'answered' });
      const followUp = ask('追问一下,时间表是什么?', { followUpOf: answered });
      invoke('question.call', { conferenceId, id: followUp });
      answer(followUp, '年内完成。');
      invoke('turn.add', { conferenceId, speakerKind: 'note', text: '笑声' });
      invoke('question.close', { id: followUp, status: 'answered' });
      invoke('question.call', { conferenceId, id: withdrawn });
      invoke('question.close', { id: withdrawn, status: 'withdrawn' });
      invoke('question.call', { conferenceId, id: writtenReply });
      invoke('question.close', { id: writtenReply, status: 'written_reply' });
      invoke('question.markLast', { conferenceId, id: writtenReply });
      advance(); // the closing
      turn(host, '本场新闻发布会到此结束,谢谢大家!');
      const deletedTurn = turn(host, '(误录的一句)');
      app.clock.advance(60_000);
      ids = {
        conferenceId,
        host,
        speaker,
        answered,
        followUp,
        withdrawn,
        writtenReply,
        notReached,
        openingTurn,
        redactedTurn,
        correctedTurn,
        deletedTurn
      };
    },
    { template: 'standard' }
  );
  app.clock.advance(24 * 3_600_000); // the day after, the record is put right
  invoke('turn.update', {
    id: ids.correctedTurn,
    text: '谢谢提问。我们将继续努力,年内见效。',
    kind: 'correction',
    editor: '编辑甲',
    reason: '核对录音'
  });
  invoke('turn.delete', { id: ids.deletedTurn, editor: '编辑甲', reason: '误录' });
  const text = invoke('turn.list', { conferenceId }).find((t) => t.id === ids.redactedTurn)!.text;
  invoke('redaction.add', { turnId: ids.redactedTurn, start: text.indexOf('其中一件'), end: text.indexOf('\n'), reason: '人事未公开' });
  return ids;
}
