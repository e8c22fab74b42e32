/**
 * The recorder's way to the data folder: one job at a time, in order (a chunk's
 * seq must be the next one, and a segment ends after its last chunk). A job that
 * fails is tried again, with a growing pause, until it goes through: the audio
 * waits in memory (about 4 KB a second), so a full disk or a dropped link loses
 * nothing once it is fixed. Only a failure that cannot get better (the segment
 * was closed by live.end) drops the jobs of that segment.
 */
import type { ErrorCode } from '../../../shared/errors';

export type FailureKind = 'transient' | 'diskFull' | 'final';

/**
 * What a refused chunk means. A full disk is worth retrying until space is freed; a refusal
 * of the segment itself (ended by live.end or by another window, unknown, a chunk the server
 * cannot take) never gets better; anything else (the link, an internal error) may.
 */
export function failureOf(code: ErrorCode): FailureKind {
  if (code === 'disk_full') return 'diskFull';
  if (code === 'invalid_state' || code === 'not_found' || code === 'conflict' || code === 'invalid_input' || code === 'forbidden') return 'final';
  return 'transient';
}

export interface QueueStatus {
  /** jobs not yet through */
  pending: number;
  /** why the job at the head keeps failing; null while all goes through */
  failure: FailureKind | null;
  /** how many times in a row the head job failed */
  tries: number;
  error: unknown;
  /** the segment of the job that failed */
  segmentId: number | null;
}

export interface UploadJob {
  segmentId: number;
  run(): Promise<void>;
}

export interface UploadQueueOptions {
  classify(error: unknown): FailureKind;
  onStatus(status: QueueStatus): void;
  /** the pauses before each new try; the last repeats */
  retryDelaysMs?: readonly number[];
  wait?: (ms: number) => Promise<void>;
}

const DELAYS = [250, 500, 1000, 2000, 5000];

export interface UploadQueue {
  push(job: UploadJob): void;
  /** resolves once every job pushed so far is through (or dropped) */
  drained(): Promise<void>;
  readonly pending: number;
}

export function createUploadQueue(options: UploadQueueOptions): UploadQueue {
  const delays = options.retryDelaysMs ?? DELAYS;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const jobs: UploadJob[] = [];
  let running = false;
  let idle: Array<() => void> = [];
  let last: QueueStatus = { pending: 0, failure: null, tries: 0, error: null, segmentId: null };

  const report = (failure: FailureKind | null, tries: number, error: unknown, segmentId: number | null = null) => {
    const next = { pending: jobs.length, failure, tries, error, segmentId };
    if (next.pending === last.pending && next.failure === last.failure && next.tries === last.tries) return;
    last = next;
    options.onStatus(next);
  };

  async function drain(): Promise<void> {
    running = true;
    let tries = 0;
    while (jobs.length > 0) {
      const job = jobs[0]!;
      try {
        await job.run();
        jobs.shift();
        tries = 0;
        report(null, 0, null);
      } catch (error) {
        const kind = options.classify(error);
        if (kind === 'final') {
          // the segment is gone on the server: its remaining jobs can never go through
          for (let i = jobs.length - 1; i >= 0; i--) if (jobs[i]!.segmentId === job.segmentId) jobs.splice(i, 1);
          tries = 0;
          report('final', 1, error, job.segmentId);
          continue;
        }
        tries += 1;
        report(kind, tries, error, job.segmentId);
        await wait(delays[Math.min(tries - 1, delays.length - 1)]!);
      }
    }
    running = false;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  }

  return {
    push(job) {
      jobs.push(job);
      report(last.failure, last.tries, last.error, last.segmentId);
      if (!running) void drain();
    },
    drained() {
      if (!running && jobs.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
    get pending() {
      return jobs.length;
    }
  };
}
