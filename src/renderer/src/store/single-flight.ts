/**
 * At most one load per key runs at a time. A request that arrives while one
 * runs is served by exactly one more run after it, so a burst of change events
 * costs two fetches, not one per event, and the last answer is never stale.
 */
export function singleFlight<K>(load: (key: K) => Promise<void>): (key: K) => Promise<void> {
  const running = new Map<K, Promise<void>>();
  const queued = new Map<K, Promise<void>>();

  function start(key: K): Promise<void> {
    const run: Promise<void> = load(key).finally(() => {
      if (running.get(key) === run) running.delete(key);
    });
    running.set(key, run);
    return run;
  }

  return (key: K) => {
    const current = running.get(key);
    if (!current) return start(key);
    let next = queued.get(key);
    if (!next) {
      next = current
        .catch(() => undefined)
        .then(() => {
          queued.delete(key);
          return start(key);
        });
      queued.set(key, next);
    }
    return next;
  };
}
