import type { Question } from '../../../../shared/domain';

/**
 * The question the cards are matched to: the one being answered; else the waiting
 * one the moderator selected; else the one registered last (a reporter just rose).
 */
export function cardsTargetOf(questions: readonly Question[], selectedId: number | null): Question | null {
  let latest: Question | null = null;
  let selected: Question | null = null;
  for (const q of questions) {
    if (q.status === 'live') return q;
    if (q.status !== 'waiting') continue;
    if (q.id === selectedId) selected = q;
    if (!latest || q.registeredAt > latest.registeredAt || (q.registeredAt === latest.registeredAt && q.id > latest.id)) latest = q;
  }
  return selected ?? latest;
}
