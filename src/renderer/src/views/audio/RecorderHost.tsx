import { useEffect } from 'react';
import { listenForInputs, wantRecording } from '../../audio/recorder';
import { useConferenceStore } from '../../store/conference-store';
import { AudioBanner } from './AudioBanner';
import { useAudioState } from './use-audio-state';

/**
 * Mounted once around every console page (never on the stage): tells the recorder
 * whether the conference on screen is live and set to record. The recorder itself
 * lives outside React, so moving to the set-up, the review or the archive while
 * live does not interrupt it; live.end (seen in the detail) stops it.
 */
export function RecorderHost({ conferenceId }: { conferenceId: number | null }) {
  const audio = useAudioState(conferenceId);
  const status = useConferenceStore((s) => (conferenceId === null ? undefined : s.details[conferenceId]?.conference.status));
  const record = audio?.recordAudio ?? null;

  useEffect(listenForInputs, []);
  useEffect(() => {
    if (conferenceId === null || record === null || status === undefined) return;
    wantRecording(conferenceId, record && status === 'live');
  }, [conferenceId, record, status]);

  return <AudioBanner />;
}
