import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Topic } from '../../../../shared/events';
import type { StageSnapshot } from '../../../../shared/stage';
import { bridge, connection, type ConnectionState } from '../../api/bridge';
import { markReady, markRevision } from '../../app/ready';
import { singleFlight } from '../../store/single-flight';
import { refetchMoment } from '../../store/sync';

/** What the stage shows changes with the agenda and queue, the directory (an outlet renamed) and the stage's own writes. */
const STAGE_TOPICS: ReadonlySet<Topic> = new Set(['conference', 'conferences', 'directory', 'stage']);

/** A failure of the link, not of the request: the connection bar already says so, and the last picture stays. */
function isNetworkFailure(error: AppError): boolean {
  return error.code === 'internal' && typeof error.details?.reason === 'string';
}

export interface StageData {
  snapshot: StageSnapshot | null;
  error: AppError | null;
}

/**
 * The stage's data: one `stage.get`, refetched on every change that concerns
 * this conference (no polling), and once more whenever the link comes back,
 * since events sent while it was down are lost.
 */
export function useStageSnapshot(conferenceId: number): StageData {
  const [data, setData] = useState<StageData>({ snapshot: null, error: null });

  useEffect(() => {
    let alive = true;
    const load = singleFlight(async (_key: 'stage') => {
      const result = await bridge.call('stage.get', { conferenceId });
      if (!alive) return;
      if (result.ok) setData({ snapshot: result.value, error: null });
      else if (!isNetworkFailure(result.error)) setData((d) => ({ snapshot: d.snapshot, error: result.error }));
      markReady();
    });
    void load('stage');
    const stopEvents = bridge.subscribe((event) => {
      if (!STAGE_TOPICS.has(event.topic)) return;
      if (event.conferenceId !== null && event.conferenceId !== conferenceId) return;
      void refetchMoment(event)
        .then(() => load('stage'))
        .then(() => markRevision(event.revision));
    });
    let wasOpen = connection.state.status === 'open';
    const stopConnection = connection.subscribe((state) => {
      if (state.status === 'open' && !wasOpen) void load('stage');
      wasOpen = state.status === 'open';
    });
    return () => {
      alive = false;
      stopEvents();
      stopConnection();
    };
  }, [conferenceId]);

  return data;
}

const subscribeConnection = (listener: () => void) => connection.subscribe(() => listener());
const connectionSnapshot = () => connection.state;

/** The link's status and clock offset, redrawn when they change. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeConnection, connectionSnapshot, connectionSnapshot);
}
