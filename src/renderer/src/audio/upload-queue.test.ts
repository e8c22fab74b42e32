import { describe, expect, it } from 'vitest';
import { createUploadQueue, failureOf, type FailureKind, type QueueStatus } from './upload-queue';

class Refusal extends Error {
  constructor(readonly kind: FailureKind) {
    super(kind);
  }
}

function setup() {
  const done: string[] = [];
  const statuses: QueueStatus[] = [];
  const waits: number[] = [];
  const queue = createUploadQueue({
    classify: (error) => (error instanceof Refusal ? error.kind : 'transient'),
    onStatus: (s) => statuses.push(s),
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    }
  });
  return { queue, done, statuses, waits };
}

describe('the upload queue', () => {
  it('runs jobs one at a time, in the order pushed', async () => {
    const { queue, done } = setup();
    let inFlight = 0;
    for (const name of ['a', 'b', 'c']) {
      queue.push({
        segmentId: 1,
        run: async () => {
          inFlight += 1;
          expect(inFlight).toBe(1);
          await new Promise((r) => setTimeout(r, 5));
          done.push(name);
          inFlight -= 1;
        }
      });
    }
    await queue.drained();
    expect(done).toEqual(['a', 'b', 'c']);
    expect(queue.pending).toBe(0);
  });

  it('tries a failing job again, with growing pauses, until it goes through, and keeps the order', async () => {
    const { queue, done, statuses, waits } = setup();
    let failures = 3;
    queue.push({
      segmentId: 1,
      run: () => {
        if (failures-- > 0) return Promise.reject(new Refusal('diskFull'));
        done.push('first');
        return Promise.resolve();
      }
    });
    queue.push({ segmentId: 1, run: () => Promise.resolve(void done.push('second')) });
    await queue.drained();
    expect(done).toEqual(['first', 'second']);
    expect(waits).toEqual([250, 500, 1000]);
    expect(statuses.some((s) => s.failure === 'diskFull' && s.tries === 3)).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ pending: 0, failure: null });
  });

  it('drops the rest of a segment whose job can never go through, and goes on with the next segment', async () => {
    const { queue, done, statuses } = setup();
    queue.push({ segmentId: 1, run: () => Promise.reject(new Refusal('final')) });
    queue.push({ segmentId: 1, run: () => Promise.resolve(void done.push('1b')) });
    queue.push({ segmentId: 2, run: () => Promise.resolve(void done.push('2a')) });
    await queue.drained();
    expect(done).toEqual(['2a']);
    expect(statuses.some((s) => s.failure === 'final')).toBe(true);
  });

  it('is drained at once when empty', async () => {
    const { queue } = setup();
    await expect(queue.drained()).resolves.toBeUndefined();
  });
});

describe('what a refused chunk means', () => {
  it('retries a full disk and the link, and gives up on a segment the server will not take', () => {
    expect(failureOf('disk_full')).toBe('diskFull');
    expect(failureOf('internal')).toBe('transient'); // a dropped link arrives as internal with a reason
    expect(failureOf('unauthorized')).toBe('transient');
    for (const code of ['invalid_state', 'not_found', 'conflict', 'invalid_input', 'forbidden'] as const) expect(failureOf(code)).toBe('final');
  });
});
