import { useEffect, useMemo, useReducer } from 'react';
import { isMessageShown, type StageMessage, type StageSnapshot } from '../../../../shared/stage';
import { connection } from '../../api/bridge';

/**
 * The message the stage shows now. The snapshot says what was shown when it
 * was read; a message given a time runs out later with no event, so this
 * redraws once at its expiry (on the server's clock) and derives the rest the
 * same way the server does (messageEndOf): never after the end, and never past
 * its segment when it was tied to it.
 */
export function useShownMessage(snapshot: StageSnapshot | null): StageMessage | null {
  const message = snapshot?.message ?? null;
  const expiresAt = message?.expiresAt ?? null;
  const [tick, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (expiresAt === null) return;
    const wait = expiresAt - connection.serverNow();
    if (wait <= 0) return;
    // a few ms late rather than early: a timer may fire a little before its time
    const timer = setTimeout(redraw, wait + 5);
    return () => clearTimeout(timer);
  }, [expiresAt, tick]);
  if (!snapshot || !message) return null;
  const at = {
    now: connection.serverNow(),
    status: snapshot.conference.status,
    endedAt: snapshot.conference.endedAt,
    liveSegmentId: snapshot.segment?.id ?? null
  };
  return isMessageShown(message, at) ? message : null;
}

/** The snapshot with its message as shown now (see useShownMessage). */
export function useShownSnapshot(snapshot: StageSnapshot | null): StageSnapshot | null {
  const shown = useShownMessage(snapshot);
  return useMemo(() => (snapshot && snapshot.message !== shown ? { ...snapshot, message: shown } : snapshot), [snapshot, shown]);
}
