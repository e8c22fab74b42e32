import { useState } from 'react';
import { useRead } from '../../store/reads';

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
  const { data } = useRead('conference.list', enabled ? { status: 'live' } : null, {
    topics: ['conference', 'conferences'],
    marksReady: enabled // a fixed conference: the stage's snapshot says when the page is drawn
  });
  // newest first: the conference started last; once it ends, its "ended" screen stays until another starts
  const live = data?.[0]?.id ?? null;
  const [last, setLast] = useState<number | null>(null);
  if (live !== null && live !== last) setLast(live);
  return { id: live ?? last, loaded: data !== null };
}
