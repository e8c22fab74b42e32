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

/** A foreign reporter's question and the answer, each followed by its interpretation. */
function interpretedBriefing(language: 'zh' | 'en') {
  const zh = language === 'zh';
  const c = runConference(app, {
    title: zh ? '中外记者见面会' : 'Briefing with interpretation',
    language,
    timeZone: 'UTC',
    template: 'empty',
    roster: [
      { name: zh ? '朱雷' : 'John Smith', role: 'spokesperson', honorific: zh ? '先生' : 'Mr' },
      { name: zh ? '张译' : 'Anna Weiss', role: 'interpreter', honorific: zh ? '女士' : 'Ms' }
    ]
  });
  const speaker = zh ? '朱雷' : 'John Smith';
  const interpreter = zh ? '张译' : 'Anna Weiss';
  app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'qa' });
  c.start();
  const question = c.ask('Reuters', zh ? 'What are the plans for next year?' : '明年有什么计划？', 'foreign');
  const questionInterpretation = c.interpret(interpreter, zh ? '明年有什么计划？' : 'What are the plans for next year?');
  const answer = c.answer(question, speaker, zh ? '我们将扩大开放。' : 'We will open further.');
  const answerInterpretation = c.interpret(interpreter, zh ? 'We will open further.' : '我们将扩大开放。');
  c.close(question);
  return { ...c, speaker, interpreter, question, questionInterpretation, answer, answerInterpretation };
}

describe('interpretation', () => {
  it('an interpretation is recorded as interpreting the turn before it, with that turn’s question', () => {
    const c = interpretedBriefing('zh');
    const turns = app.router.invoke('turn.list', { conferenceId: c.conferenceId });
    const asking = turns.find((t) => t.speakerKind === 'reporter')!;
    expect(c.questionInterpretation).toMatchObject({ interpretsTurnId: asking.id, questionId: c.question, participantId: c.participant['张译'] });
    expect(c.answerInterpretation).toMatchObject({ interpretsTurnId: c.answer.id, questionId: c.question });
    expect(turns.map((t) => t.id)).toEqual([asking.id, c.questionInterpretation.id, c.answer.id, c.answerInterpretation.id]);
    // an interpretation is no answer: the spokesperson's answer stays the first, nothing is supplementary
    expect(turns.some((t) => t.supplementary)).toBe(false);
    const report = app.router.invoke('report.conference', { conferenceId: c.conferenceId });
    expect(report.spokespeople.find((s) => s.name === '朱雷')).toMatchObject({ firstAnswers: 1, supplementaryAnswers: 0 });
  });

  it('zh prints the interpreter as 翻译, in order after the turn interpreted, in every format', async () => {
    const c = interpretedBriefing('zh');
    c.end();
    const expected = [
      '中外记者见面会',
      '新闻发布会开始',
      'Reuters记者',
      'What are the plans for next year?',
      '翻译',
      '明年有什么计划？',
      '朱雷',
      '我们将扩大开放。',
      '翻译',
      'We will open further.'
    ];
    for (const [format, lines] of Object.entries(await readBack(app, c.conferenceId))) expect(lines, format).toEqual(expected);
  });

  it('en prints INTERPRETER:, or the label the roster gives', () => {
    const c = interpretedBriefing('en');
    c.end();
    const text = exportAs(app, c.conferenceId, 'txt').content;
    expect(text).toContain(
      'Q  明年有什么计划？\n\nINTERPRETER:  What are the plans for next year?\n\nMR. SMITH:  We will open further.\n\nINTERPRETER:  我们将扩大开放。'
    );
    app.router.invoke('participant.update', { id: c.participant['Anna Weiss']!, label: 'INTERPRETER (CHINESE)' });
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain('INTERPRETER (CHINESE):  What are the plans');
  });

  it('is a live action: undone and redone like the others', () => {
    const c = interpretedBriefing('zh');
    const { invoke } = app.router;
    invoke('question.close', { id: c.ask('新华社', '请介绍一下。'), status: 'answered' });
    const said = c.say('朱雷', '好的。');
    const interpretation = c.interpret('张译', 'OK.');
    expect(invoke('conference.get', { id: c.conferenceId }).undo).toMatchObject({ label: 'turn.interpret', args: { speaker: '张译' } });
    const undone = invoke('live.undo', { conferenceId: c.conferenceId });
    expect(undone.restored.removedTurnIds).toEqual([interpretation.id]);
    expect(invoke('turn.list', { conferenceId: c.conferenceId }).at(-1)!.id).toBe(said.id);
    invoke('live.redo', { conferenceId: c.conferenceId });
    expect(invoke('turn.list', { conferenceId: c.conferenceId }).at(-1)).toMatchObject({ id: interpretation.id, interpretsTurnId: said.id });
  });

  it('after the event, an interpretation of an earlier turn is put straight after it and the ones it has', () => {
    const c = interpretedBriefing('zh');
    c.end();
    const late = c.interpret('张译', 'We will open further, and wider.', c.answer.id);
    const ids = app.router.invoke('turn.list', { conferenceId: c.conferenceId }).map((t) => t.id);
    expect(ids.slice(-3)).toEqual([c.answer.id, c.answerInterpretation.id, late.id]);
  });

  it('refuses, naming the field and changing nothing: a turn that does not exist, another conference’s, a stage note, a stranger', () => {
    const c = interpretedBriefing('zh');
    const d = interpretedBriefing('zh');
    const note = c.note('（笑声）');
    const before = snapshot(app, c.conferenceId);
    const good = { conferenceId: c.conferenceId, participantId: c.participant['张译'], text: '译文。' };
    expect(refusal(app, 'turn.interpret', { ...good, interpretsTurnId: 99_999 })).toMatchObject({
      code: 'not_found',
      details: { field: 'interpretsTurnId' }
    });
    expect(refusal(app, 'turn.interpret', { ...good, interpretsTurnId: d.answer.id })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'interpretsTurnId' }
    });
    expect(refusal(app, 'turn.interpret', { ...good, interpretsTurnId: note.id })).toMatchObject({ details: { field: 'interpretsTurnId' } });
    expect(refusal(app, 'turn.interpret', { ...good, participantId: d.participant['张译'] })).toMatchObject({ details: { field: 'participantId' } });
    expect(refusal(app, 'turn.interpret', { ...good, interpretsTurnId: 0 })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'interpretsTurnId' }
    });
    expect(snapshot(app, c.conferenceId)).toEqual(before);
  });
});
