// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { afterOwnWrites, ownWrite } from './own-writes';

describe("a change event's refetch and this window's own writes", () => {
  it('goes at once when no write of this window is in flight', async () => {
    const order: string[] = [];
    await afterOwnWrites().then(() => order.push('refetch'));
    expect(order).toEqual(['refetch']);
  });

  it('waits until every write in flight has been answered and applied', async () => {
    const order: string[] = [];
    let answerFirst!: () => void;
    let answerSecond!: () => void;
    const first = ownWrite(() => new Promise<void>((resolve) => (answerFirst = resolve)).then(() => void order.push('first applied')));
    const second = ownWrite(() => new Promise<void>((resolve) => (answerSecond = resolve)).then(() => void order.push('second applied')));
    const refetch = afterOwnWrites().then(() => void order.push('refetch'));
    answerFirst();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(order).toEqual(['first applied']);
    answerSecond();
    await Promise.all([second, refetch]);
    expect(order).toEqual(['first applied', 'second applied', 'refetch']);
  });

  it('does not wait for ever on a write that failed', async () => {
    const failed = ownWrite(() => Promise.reject(new Error('refused')));
    const refetch = afterOwnWrites();
    await expect(failed).rejects.toThrow('refused');
    await expect(refetch).resolves.toBeUndefined();
  });
});

describe('which change events may wait behind the answer', () => {
  it('waits for actions whose answer shows the change, not for an advance that answers only the new segment', async () => {
    const { answerShowsChange } = await import('./conference-store');
    expect(['question.call', 'question.register', 'answer.record', 'live.undo', 'live.redo'].every(answerShowsChange)).toBe(true);
    expect(['live.advance', 'live.goTo', 'live.skip', 'question.markLast', 'conference.update'].some(answerShowsChange)).toBe(false);
  });
});
