// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/events';
import { reconcileList, upsert } from './reconcile';
import { singleFlight } from './single-flight';
import { refetchesFor } from './sync';

describe('structural sharing of refetched lists', () => {
  it('keeps the old object of every unchanged row, and the old list when nothing changed', () => {
    const before = [
      { id: 1, text: 'a' },
      { id: 2, text: 'b' }
    ];
    const same = reconcileList(before, [
      { id: 1, text: 'a' },
      { id: 2, text: 'b' }
    ]);
    expect(same).toBe(before);
    const changed = reconcileList(before, [
      { id: 1, text: 'a' },
      { id: 2, text: 'B' },
      { id: 3, text: 'c' }
    ]);
    expect(changed[0]).toBe(before[0]);
    expect(changed[1]).not.toBe(before[1]);
    expect(changed).toHaveLength(3);
  });

  it('puts a row in its place in order', () => {
    const list = [
      { id: 1, seq: 1 },
      { id: 2, seq: 3 }
    ];
    expect(upsert(list, { id: 3, seq: 2 }, (a, b) => a.seq - b.seq).map((x) => x.id)).toEqual([1, 3, 2]);
    expect(upsert(list, { id: 1, seq: 1 }, (a, b) => a.seq - b.seq)).toBe(list);
  });
});

describe('single-flight loading', () => {
  it('answers a burst of requests with one run more, never one per request', async () => {
    let runs = 0;
    const gates: (() => void)[] = [];
    const load = singleFlight(async (_key: number) => {
      runs += 1;
      await new Promise<void>((resolve) => gates.push(resolve));
    });
    const first = load(1);
    const burst = [load(1), load(1), load(1)];
    expect(runs).toBe(1);
    gates.shift()!();
    await first;
    await Promise.resolve();
    await Promise.resolve();
    expect(runs).toBe(2);
    gates.shift()!();
    await Promise.all(burst);
    expect(runs).toBe(2);
  });
});

describe('what a change event makes stale', () => {
  const loaded = { details: [1, 2], turns: [1], list: true, directory: true };
  const event = (patch: Partial<ChangeEvent>): ChangeEvent => ({
    topic: 'conference',
    conferenceId: 1,
    ids: [],
    revision: 5,
    method: 'question.call',
    ...patch
  });

  it('refetches only the conference the event names', () => {
    expect(refetchesFor(event({}), loaded)).toEqual({ details: [1], turns: [], turnIds: 'all', list: false, directory: false });
  });

  it('refetches the conference list for a live change only while it is on screen, and always for the list topic', () => {
    expect(refetchesFor(event({}), { ...loaded, listOnScreen: true }).list).toBe(true);
    expect(refetchesFor(event({ topic: 'turns', ids: [7] }), loaded).list).toBe(false);
    expect(refetchesFor(event({ topic: 'conferences', method: 'conference.update' }), loaded).list).toBe(true);
  });

  it('refetches turns, and the undo state when a live action recorded them', () => {
    expect(refetchesFor(event({ topic: 'turns', method: 'answer.record', ids: [7, 8] }), loaded)).toMatchObject({
      details: [1],
      turns: [1],
      turnIds: [7, 8]
    });
    expect(refetchesFor(event({ topic: 'turns', method: 'turn.update' }), loaded)).toMatchObject({ details: [], turns: [1] });
  });

  it('refetches everything shown after a reconnect', () => {
    expect(refetchesFor(event({ topic: 'turns', conferenceId: null, method: 'rostrum.resync' }), loaded)).toMatchObject({
      details: [1, 2],
      turns: [1],
      turnIds: 'all'
    });
    expect(refetchesFor(event({ topic: 'directory', conferenceId: null, method: 'outlet.create' }), loaded)).toMatchObject({
      directory: true,
      details: [1, 2]
    });
  });
});
