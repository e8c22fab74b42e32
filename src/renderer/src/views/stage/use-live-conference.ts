import { useEffect, useState } from 'react';
import { bridge } from '../../api/bridge';
import { markReady } from '../../app/ready';
import { singleFlight } from '../../store/single-flight';

export interface FollowedConference {
  /** the live conference (the one started last, should two be live), else the last one followed, else null */
  id: number | null;
  loaded: boolean;
}

/**
 * For #/stage without an id: the display follows whichever conference is live,
 * so one address printed at start-up serves every conference of the day.
 */
export function useLiveConferenceId(enabled: boolean): FollowedConference {
  const [followed, setFollowed] = useState<FollowedConference>({ id: null, loaded: false });

  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const load = singleFlight(async (_key: 'live') => {
      const result = await bridge.call('conference.list', { status: 'live' });
      if (!alive || !result.ok) return;
      // newest first: the conference started last
      // once it ends, its "ended" screen stays until another conference starts
      setFollowed((prev) => ({ id: result.value[0]?.id ?? prev.id, loaded: true }));
      markReady();
    });
    void load('live');
    const stop = bridge.subscribe((event) => {
      if (event.topic === 'conference' || event.topic === 'conferences') void load('live');
    });
    return () => {
      alive = false;
      stop();
    };
  }, [enabled]);

  return followed;
}
