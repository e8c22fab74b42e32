import { describe, expect, it } from 'vitest';
import { turnAt } from './playback';

describe('the turn being heard', () => {
  const list = [
    { turnId: 7, offsetMs: 0 },
    { turnId: 3, offsetMs: 2000 },
    { turnId: 9, offsetMs: 5000 },
    { turnId: 4, offsetMs: 5000 },
    { turnId: 5, offsetMs: 11_000 }
  ];

  it('is the last turn that starts at or before the time', () => {
    expect(turnAt(list, 0)).toBe(7);
    expect(turnAt(list, 1999)).toBe(7);
    expect(turnAt(list, 2000)).toBe(3);
    expect(turnAt(list, 4999.5)).toBe(3);
    expect(turnAt(list, 10_999)).toBe(4);
    expect(turnAt(list, 99_000)).toBe(5);
  });

  it('is none before the first turn or without turns', () => {
    expect(turnAt(list.slice(1), 1000)).toBeNull();
    expect(turnAt([], 1000)).toBeNull();
  });

  it('agrees with a linear scan on many random times', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ turnId: i, offsetMs: i * 137 + (i % 3) }));
    for (let k = 0; k < 2000; k++) {
      const ms = Math.random() * 70_000 - 100;
      const linear = many.filter((t) => t.offsetMs <= ms).at(-1)?.turnId ?? null;
      expect(turnAt(many, ms)).toBe(linear);
    }
  });
});
