/**
 * The writes this window has sent and not yet applied. A change event usually
 * arrives before the answer to the write that caused it (the server publishes,
 * then replies); refetching at once would put a large read and its render in
 * front of the small answer the moderator is waiting to see. So the refetches of
 * an event wait until this window's own writes are applied and painted.
 */
let inFlight = 0;
let waiting: (() => void)[] = [];

/** Longest wait for a frame: a hidden window paints none, and its data must still catch up. */
const FRAME_WAIT_MS = 50;

/** Runs `write` (the call and the applying of its answer) as one of this window's own writes. */
export async function ownWrite<T>(write: () => Promise<T>): Promise<T> {
  inFlight += 1;
  try {
    return await write();
  } finally {
    inFlight -= 1;
    if (inFlight === 0) {
      const ready = waiting;
      waiting = [];
      for (const resume of ready) resume();
    }
  }
}

/** Resolves at once when no write of this window is in flight; otherwise after they land and the next frame is painted. */
export function afterOwnWrites(): Promise<void> {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.push(() => {
      let resumed = false;
      const resume = () => {
        if (resumed) return;
        resumed = true;
        // after the frame's paint, not before it
        setTimeout(resolve, 0);
      };
      requestAnimationFrame(resume);
      setTimeout(resume, FRAME_WAIT_MS);
    });
  });
}
