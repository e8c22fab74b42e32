import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { connection } from '../../api/bridge';

/** Also ticks when frames are throttled (a window in the background), so the picture is never stale for long. */
const FALLBACK_TICK_MS = 250;

/**
 * A value derived from the server's clock, recomputed every animation frame
 * from stored stamps (never counted), and re-rendered only when its key
 * changes: a timer redraws once a second, yet turns red within a frame of its end.
 */
export function useFrameValue<T>(compute: (serverNow: number) => T, keyOf: (value: T) => string): T {
  const [value, setValue] = useState(() => compute(connection.serverNow()));
  const latest = useRef({ compute, keyOf });
  useLayoutEffect(() => {
    latest.current = { compute, keyOf };
  });

  useEffect(() => {
    let lastKey: string | null = null;
    let frame = 0;
    const update = () => {
      const next = latest.current.compute(connection.serverNow());
      const key = latest.current.keyOf(next);
      if (key !== lastKey) {
        lastKey = key;
        setValue(next);
      }
    };
    const onFrame = () => {
      update();
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    const fallback = setInterval(update, FALLBACK_TICK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(fallback);
    };
  }, []);

  return value;
}
