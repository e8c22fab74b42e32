import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../shared/domain';
import { cardsTargetOf } from './cards-target';

const q = (id: number, status: Question['status'], registeredAt = id): Question =>
  ({ id, status, registeredAt, conferenceId: 1, position: id, outletId: null, reporterName: '', text: '', addressedToId: null }) as Question;

describe('which question the cards are for', () => {
  it('is the live question whatever is selected', () => {
    expect(cardsTargetOf([q(1, 'waiting'), q(2, 'live'), q(3, 'waiting')], 1)?.id).toBe(2);
  });
  it('else the selected waiting question, else the one registered last', () => {
    expect(cardsTargetOf([q(1, 'waiting'), q(2, 'answered'), q(3, 'waiting')], 1)?.id).toBe(1);
    expect(cardsTargetOf([q(1, 'waiting', 50), q(3, 'waiting', 20)], null)?.id).toBe(1);
    expect(cardsTargetOf([q(1, 'waiting'), q(3, 'waiting')], 2)?.id).toBe(3);
  });
  it('is none when nothing waits or is live', () => {
    expect(cardsTargetOf([q(1, 'answered')], 1)).toBeNull();
  });
});
