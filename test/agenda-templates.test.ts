import { describe, expect, it } from 'vitest';
import { AGENDA, fitAgenda } from '../src/main/core/services/agenda-templates';

const total = (segments: { plannedSeconds: number }[]): number => segments.reduce((sum, s) => sum + s.plannedSeconds, 0);
const minutes = (segments: { plannedSeconds: number }[]): number[] => segments.map((s) => s.plannedSeconds / 60);

describe('fitting the standard agenda to the planned duration', () => {
  it.each([45, 60, 72, 75, 90, 120])('adds up to exactly %i planned minutes', (planned) => {
    expect(total(fitAgenda('standard', planned * 60))).toBe(planned * 60);
  });

  it('lets the Q&A segment absorb the difference while the other segments keep their length', () => {
    expect(minutes(fitAgenda('standard', 60 * 60))).toEqual([3, 2, 20, 33, 2]);
    expect(minutes(fitAgenda('standard', 90 * 60))).toEqual([3, 2, 20, 63, 2]);
  });

  it('scales every segment in whole minutes, one minute at least, when Q&A would get under ten minutes', () => {
    const fitted = fitAgenda('standard', 30 * 60);
    expect(minutes(fitted)).toEqual([1, 1, 8, 19, 1]);
    expect(total(fitted)).toBe(30 * 60);
    expect(fitted.every((s) => s.plannedSeconds % 60 === 0 && s.plannedSeconds >= 60)).toBe(true);
  });

  it('keeps one minute per segment when the plan is shorter than the segments themselves', () => {
    expect(minutes(fitAgenda('standard', 3 * 60))).toEqual([1, 1, 1, 1, 1]);
  });

  it('keeps the template as it is when no duration is planned, and the empty template empty', () => {
    expect(fitAgenda('standard', 0)).toEqual(AGENDA.standard);
    expect(fitAgenda('empty', 45 * 60)).toEqual([]);
  });
});
