import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Topic } from '../../../../shared/events';
import type { StageSnapshot } from '../../../../shared/stage';
import { connection, type ConnectionState } from '../../api/bridge';
import { useRead } from '../../store/reads';

/** What the stage shows changes with the agenda and queue, the directory (an outlet renamed) and the stage's own writes. */
const STAGE_TOPICS: readonly Topic[] = ['conference', 'conferences', 'directory', 'stage'];

export interface StageData {
  snapshot: StageSnapshot | null;
  error: AppError | null;
}

/**
 * The stage's data: one `stage.get`, refetched on every change that concerns
 * this conference (no polling), and once more whenever the link comes back,
 * since events sent while it was down are lost. A failure of the link keeps
 * the last picture: the connection bar already says so.
 */
export function useStageSnapshot(conferenceId: number): StageData {
  const { data, error, reload } = useRead('stage.get', { conferenceId }, { topics: STAGE_TOPICS, conferenceId, quietNetworkFailures: true });
  const reloadRef = useRef(reload);
  useEffect(() => {
    reloadRef.current = reload;
  });
  useEffect(() => {
    let wasOpen = connection.state.status === 'open';
    return connection.subscribe((state) => {
      if (state.status === 'open' && !wasOpen) reloadRef.current();
      wasOpen = state.status === 'open';
    });
  }, [conferenceId]);
  return { snapshot: data, error };
}

const subscribeConnection = (listener: () => void) => connection.subscribe(() => listener());
const connectionSnapshot = () => connection.state;

/** The link's status and clock offset, redrawn when they change. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeConnection, connectionSnapshot, connectionSnapshot);
}
