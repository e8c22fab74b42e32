import { describe, expect, it } from 'vitest';
import { similarQuestions } from '../../src/main/core/submissions/similar';

// The queue of the Heze conference (2024-01-02) and what phones might send about it.
const QUEUE = [
  { id: 1, outletId: 10, text: '请问市直机关工委在党建品牌创建方面取得了哪些成效？' },
  { id: 2, outletId: 11, text: '在为基层减负方面，市直机关工委采取了哪些具体措施？' },
  { id: 3, outletId: 12, text: 'What has the city done to cut red tape for small businesses this year?' }
];

describe('a submission against the queue', () => {
  it('flags a rewording of a queued question, closest first, and nothing for another subject', () => {
    expect(similarQuestions({ outletId: null, text: '市直机关工委为基层减负采取了哪些措施？' }, QUEUE)).toEqual([
      { questionId: 2, reason: 'text', score: expect.any(Number) }
    ]);
    expect(
      similarQuestions({ outletId: null, text: 'What did the city do this year to cut red tape for small businesses?' }, QUEUE)[0]
    ).toMatchObject({
      questionId: 3,
      reason: 'text'
    });
    expect(similarQuestions({ outletId: null, text: '菏泽今年的牡丹文化旅游节有什么新安排？' }, QUEUE)).toEqual([]);
  });

  it('points out a queued question of the same outlet after the close texts', () => {
    const found = similarQuestions({ outletId: 10, text: '市直机关工委为基层减负采取了哪些措施？' }, QUEUE);
    expect(found.map((s) => [s.questionId, s.reason])).toEqual([
      [2, 'text'],
      [1, 'outlet']
    ]);
  });
});
