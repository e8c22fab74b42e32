import { describe, expect, it } from 'vitest';
import type { Outlet, Question, Turn } from '../../../../shared/domain';
import { balanceOf, closedOf, deliveredParagraphs, followUpTargetOf, liveQuestionOf, waitingOf } from './derive';

function question(id: number, patch: Partial<Question>): Question {
  return {
    id,
    conferenceId: 1,
    position: id,
    outletId: null,
    reporterName: '',
    text: '',
    addressedToId: null,
    status: 'waiting',
    followUpOf: null,
    registeredAt: id,
    askedAt: null,
    closedAt: null,
    segmentId: null,
    preparedId: null,
    mergedInto: null,
    ...patch
  };
}

function turn(id: number, text: string, segmentId = 9): Turn {
  return {
    id,
    conferenceId: 1,
    seq: id,
    segmentId,
    questionId: null,
    speakerKind: 'participant',
    participantId: 2,
    outletId: null,
    reporterName: '',
    text,
    startedAt: id,
    endedAt: null,
    editedAt: null,
    interpretsTurnId: null,
    supplementary: false
  };
}

const outlets = new Map<number, Outlet>(
  (
    [
      [1, '大众网', 'provincial'],
      [2, '中国山东网', 'provincial'],
      [3, '新华社', 'central']
    ] as const
  ).map(([id, name, category]) => [id, { id, name, category, createdAt: 0, updatedAt: 0 }])
);

describe('the live console’s views of the data', () => {
  const questions = [
    question(1, { outletId: 1, status: 'answered', askedAt: 10, closedAt: 20 }),
    question(2, { outletId: 2, status: 'live', askedAt: 30 }),
    question(3, { outletId: 1, status: 'written_reply', askedAt: 25, closedAt: 28 }),
    question(4, { outletId: 3 }),
    question(5, { outletId: 1, status: 'not_reached', closedAt: 40 })
  ];

  it('counts asked and waiting questions by category, and who asked', () => {
    const rows = balanceOf(questions, outlets, ['central', 'provincial', 'local']);
    expect(rows).toEqual([
      { category: 'central', asked: 0, waiting: 1, outlets: [] },
      {
        category: 'provincial',
        asked: 3,
        waiting: 0,
        outlets: [
          { name: '大众网', count: 2 },
          { name: '中国山东网', count: 1 }
        ]
      },
      { category: 'local', asked: 0, waiting: 0, outlets: [] }
    ]);
  });

  it('splits the queue and finds what a follow-up follows', () => {
    expect(waitingOf(questions).map((q) => q.id)).toEqual([4]);
    expect(closedOf(questions).map((q) => q.id)).toEqual([5, 3, 1]);
    expect(followUpTargetOf(questions)?.id).toBe(2);
    expect(followUpTargetOf(questions.filter((q) => q.id !== 2))?.id).toBe(3);
  });

  it('knows which paragraphs of a statement were delivered, even when two read the same', () => {
    const paragraphs = ['一、突出政治引领', '正文', '二、强化理论武装', '正文'];
    expect([...deliveredParagraphs(paragraphs, [turn(1, '一、突出政治引领'), turn(2, '正文')], 9)]).toEqual([0, 1]);
    expect([...deliveredParagraphs(paragraphs, [turn(1, '正文'), turn(2, '正文')], 9)]).toEqual([1, 3]);
    expect([...deliveredParagraphs(paragraphs, [turn(1, '正文', 8)], 9)]).toEqual([]);
  });
});

describe('liveQuestionOf', () => {
  it('takes the question asked last while a call is drawn before the refetch that closes the one before', () => {
    const earlier = question(1, { status: 'live', askedAt: 1_000 });
    const called = question(2, { status: 'live', askedAt: 2_000 });
    expect(liveQuestionOf([earlier, called, question(3, { status: 'waiting' })])?.id).toBe(2);
    expect(liveQuestionOf([called, earlier])?.id).toBe(2);
    expect(liveQuestionOf([question(4, { status: 'answered', askedAt: 3_000 })])).toBeNull();
  });
});
