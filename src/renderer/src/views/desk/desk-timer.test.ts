import { describe, expect, it } from 'vitest';
import type { AnswerCard } from '../../../../shared/prepared';
import type { StageQuestion, StageSegment } from '../../../../shared/stage';
import { cardShown, deskTimer, spokespersonOf } from './desk-timer';

const conference = { id: 1, title: 'T', status: 'live' as const, language: 'zh' as const, timeZone: 'Asia/Shanghai' };
const segment: StageSegment = {
  id: 1,
  kind: 'qa',
  title: '记者提问',
  status: 'live',
  speaker: null,
  plannedSeconds: 600,
  extendedSeconds: 0,
  startedAt: 1_000_000,
  endedAt: null,
  elapsedBeforeMs: 0,
  warningSeconds: 60,
  overtimeGraceSeconds: 0
};
const question: StageQuestion = {
  id: 7,
  outletName: '大众网',
  reporterName: '',
  text: '问题',
  addressedTo: null,
  status: 'live',
  askedAt: 1_060_000,
  isFollowUp: false,
  isLast: false,
  answerLimitSeconds: 180,
  answerWarningSeconds: 30
};

describe('the desk timer', () => {
  it('counts down the answer while a question is asked, else the segment', () => {
    expect(deskTimer({ conference, segment, question }, 1_060_000 + 30_000)).toMatchObject({ kind: 'answer', text: '02:30', state: 'normal' });
    expect(deskTimer({ conference, segment, question }, 1_060_000 + 170_000)).toMatchObject({ kind: 'answer', state: 'warning' });
    expect(deskTimer({ conference, segment, question: null }, 1_000_000 + 60_000)).toMatchObject({ kind: 'segment', text: '09:00' });
    expect(deskTimer({ conference, segment, question: null }, 1_000_000 + 660_000)).toMatchObject({ text: '+01:00', state: 'overtime' });
  });
  it('shows nothing before the start or after the end', () => {
    expect(deskTimer({ conference: { ...conference, status: 'draft' }, segment, question }, 0)).toBeNull();
    expect(deskTimer({ conference: { ...conference, status: 'ended' }, segment, question }, 0)).toBeNull();
  });
});

describe('a desk of one spokesperson', () => {
  const card = { participantId: 3 } as AnswerCard;
  it('reads ?spokesperson= from the hash', () => {
    expect(spokespersonOf('#/desk/4?spokesperson=3')).toBe(3);
    expect(spokespersonOf('#/desk/4?spokesperson=x')).toBeNull();
    expect(spokespersonOf('#/desk/4')).toBeNull();
  });
  it('shows a card for that person or for anyone, and only says so of a card for someone else', () => {
    expect(cardShown(card, 3)).toBe('card');
    expect(cardShown(card, null)).toBe('card');
    expect(cardShown({ ...card, participantId: null }, 5)).toBe('card');
    expect(cardShown(card, 5)).toBe('other');
    expect(cardShown(null, 5)).toBe('none');
  });
});
