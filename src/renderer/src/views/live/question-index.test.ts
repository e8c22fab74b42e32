import { describe, expect, it } from 'vitest';
import type { Outlet, OutletCategory, Question } from '../../../../shared/domain';
import { balanceOf, closedOf, waitingOf } from './derive';
import { balanceIndexOf, changedInPlace, questionIndexOf } from './question-index';

function question(id: number, patch: Partial<Question> = {}): Question {
  return {
    id,
    conferenceId: 1,
    position: id,
    outletId: (id % 5) + 1,
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

const categories: OutletCategory[] = ['central', 'provincial', 'local'];
const outlets = new Map<number, Outlet>(
  [1, 2, 3, 4, 5].map((id) => [id, { id, name: `媒体${id}`, category: categories[id % 3]!, createdAt: 0, updatedAt: 0 }])
);

/** A deterministic stream of numbers in [0, 1), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** What the moderator's actions do to rows in place: call, close, put back, edit. */
function step(questions: Question[], next: () => number, clock: number): Question[] {
  const copy = [...questions];
  const live = copy.findIndex((q) => q.status === 'live');
  const pick = Math.floor(next() * copy.length);
  const q = copy[pick]!;
  const roll = next();
  if (roll < 0.3 && live < 0 && q.status === 'waiting') copy[pick] = { ...q, status: 'live', askedAt: clock };
  else if (roll < 0.55 && live >= 0) copy[live] = { ...copy[live]!, status: next() < 0.5 ? 'answered' : 'written_reply', closedAt: clock };
  else if (roll < 0.7 && q.status !== 'waiting') copy[pick] = { ...q, status: 'waiting', askedAt: null, closedAt: null };
  else if (roll < 0.85) copy[pick] = { ...q, text: `改 ${clock}` };
  else copy[pick] = { ...q, status: 'not_reached', closedAt: clock };
  return copy;
}

describe('question index', () => {
  it('finds the rows changed in place, and tells when rows were added or moved', () => {
    const a = [question(1), question(2), question(3)];
    const b = [a[0]!, { ...a[1]!, text: 'x' }, a[2]!];
    expect(changedInPlace(a, b)).toEqual([[a[1], b[1], 1]]);
    expect(changedInPlace(a, [a[0]!, a[2]!, a[1]!])).toBeNull();
    expect(changedInPlace(a, [...a, question(4)])).toBeNull();
  });

  it('keeps, change after change, the same views as deriving them from all the questions', () => {
    for (const seed of [1, 7, 42]) {
      const next = random(seed);
      let questions = Array.from({ length: 60 }, (_, i) => question(i + 1));
      for (let clock = 100; clock < 500; clock++) {
        questions = clock % 97 === 0 ? [...questions, question(questions.length + 1)] : step(questions, next, clock);
        const index = questionIndexOf(questions);
        expect(index.waiting).toEqual(waitingOf(questions));
        expect(index.closed).toEqual(closedOf(questions));
        expect(index.live).toEqual(questions.find((q) => q.status === 'live') ?? null);
        expect(index.byId.get(questions[7]!.id)).toBe(questions[7]);
        expect(balanceIndexOf(questions, outlets, categories)).toEqual(balanceOf(questions, outlets, categories));
      }
    }
  });

  it('builds a changed list from the last one: the untouched rows are the same objects', () => {
    const before = Array.from({ length: 10 }, (_, i) => question(i + 1));
    const first = questionIndexOf(before);
    const after = before.map((q, i) => (i === 0 ? { ...q, status: 'live' as const, askedAt: 5 } : q));
    const second = questionIndexOf(after);
    expect(second.live).toBe(after[0]);
    expect(second.waiting).toHaveLength(9);
    expect(second.waiting[0]).toBe(first.waiting[1]);
    expect(questionIndexOf(after)).toBe(second);
  });
});
