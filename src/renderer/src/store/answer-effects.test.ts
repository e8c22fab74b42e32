// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conference, ConferenceDetail, Question, Segment, Turn, UndoResult } from '../../../shared/domain';
import { METHOD_NAMES, methods, type MethodName } from '../../../shared/methods';
import { answerShowsChange, applyResult, useConferenceStore } from './conference-store';

// What a write's answer does to the store is read from the method spec's
// answer-effect tag; these check that each tag's code puts the answer where it belongs.

const CONFERENCE_ID = 7;
const question = (id: number, position: number, text = '问题'): Question =>
  ({ id, conferenceId: CONFERENCE_ID, position, text, status: 'waiting' }) as Question;
const segment = (id: number, position: number, title: string): Segment => ({ id, conferenceId: CONFERENCE_ID, position, title }) as Segment;
const turn = (id: number, seq: number, text: string): Turn => ({ id, conferenceId: CONFERENCE_ID, seq, text }) as Turn;

function loaded(): ConferenceDetail {
  return {
    conference: { id: CONFERENCE_ID, title: '菏泽发布会', status: 'live' } as Conference,
    participants: [],
    segments: [segment(1, 0, '开场'), segment(2, 1, '提问')],
    questions: [question(10, 0), question(11, 1)],
    outlets: [],
    extensions: [],
    writtenReplies: [],
    undo: null,
    redo: null,
    serverNow: 0
  };
}

beforeEach(() => {
  useConferenceStore.setState({ details: { [CONFERENCE_ID]: loaded() }, turns: { [CONFERENCE_ID]: [turn(100, 1, '主持人开场')] } });
});

const detail = () => useConferenceStore.getState().details[CONFERENCE_ID]!;
const turns = () => useConferenceStore.getState().turns[CONFERENCE_ID]!;

describe('answer effects from the method spec', () => {
  it('puts a question answer in the queue, and a reordered queue in its order', () => {
    applyResult('question.register', question(12, 2, '新问题'));
    expect(detail().questions.map((q) => q.id)).toEqual([10, 11, 12]);
    applyResult('question.move', [question(11, 0), question(10, 1), question(12, 2)]);
    expect(detail().questions.map((q) => q.id)).toEqual([11, 10, 12]);
  });

  it('puts a turn answer among the turns, a conference or segment answer in the detail', () => {
    applyResult('answer.record', turn(101, 2, '朱雷回答'));
    expect(turns().map((t) => t.text)).toEqual(['主持人开场', '朱雷回答']);
    applyResult('live.end', { id: CONFERENCE_ID, title: '菏泽发布会', status: 'ended' } as Conference);
    expect(detail().conference.status).toBe('ended');
    applyResult('live.skip', segment(2, 1, '提问（跳过）'));
    expect(detail().segments.map((s) => s.title)).toEqual(['开场', '提问（跳过）']);
  });

  it('applies what an undo restored: rows put back and rows taken away', () => {
    const undone = {
      restored: {
        conferenceId: CONFERENCE_ID,
        conference: null,
        segments: [],
        questions: [question(10, 0, '改回原文')],
        removedQuestionIds: [11],
        turns: [],
        removedTurnIds: [100]
      }
    } as unknown as UndoResult;
    applyResult('live.undo', undone);
    expect(detail().questions.map((q) => q.text)).toEqual(['改回原文']);
    expect(turns()).toEqual([]);
  });

  it('leaves the store alone for a method whose spec names no effect, whatever its name', () => {
    const before = useConferenceStore.getState();
    // a question method that answers no Question: its answer must not be cast to one
    applyResult('stage.question.setAnswerLimit', { questionId: 10, answerLimitSeconds: 60 });
    applyResult('conference.delete', { id: CONFERENCE_ID });
    expect(useConferenceStore.getState().details).toBe(before.details);
    expect(useConferenceStore.getState().turns).toBe(before.turns);
  });

  it('lets the refetch wait only where the spec says the answer shows the whole change', () => {
    expect(answerShowsChange('question.call')).toBe(true);
    expect(answerShowsChange('turn.remark')).toBe(true);
    expect(answerShowsChange('live.advance')).toBe(false);
    expect(answerShowsChange('no.such.method')).toBe(false);
    // every method that says so has an effect to show it with, and only writes have effects
    const tagged = METHOD_NAMES.filter((name: MethodName) => methods[name].answer);
    expect(tagged.every((name) => methods[name].kind !== 'read')).toBe(true);
    expect(tagged.length).toBeGreaterThan(20);
  });
});
