import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audioDownload, audioSource } from '../../audio/audio-url';
import { playerElement, playTurn, replay, setOffsets, togglePlay, toggleSlow, usePlayback } from '../../audio/playback';
import { Kbd } from '../../components/Kbd';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { notify, REFUSAL_MS } from '../../store/notices';
import { useRead } from '../../store/reads';
import { useAudioState } from './use-audio-state';
import { AUDIO_TID } from './testids';
import './audio.css';

/**
 * The conference's audio above the review's turns. Its props change only when a
 * segment starts or ends, so typing a correction never re-renders it, and the
 * <audio> element is never remounted while the moderator listens and edits.
 */
export const ReviewPlayer = memo(function ReviewPlayer({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const audio = useAudioState(conferenceId, true);
  if (!audio) return null;
  // the joined file holds the ended segments (one still recording joins when it ends): its version is their count
  const ended = audio.segments.filter((s) => s.endedAt !== null).length;
  const note = audio.recording ? <p className="muted small">{t('audio:player.recordingNote')}</p> : null;
  if (ended === 0) return note ?? (audio.recordAudio ? <p className="muted small">{t('audio:player.none')}</p> : null);
  return (
    <>
      <Player conferenceId={conferenceId} version={String(ended)} />
      {note}
    </>
  );
});

function Player({ conferenceId, version }: { conferenceId: number; version: string }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  const { data } = useRead('audio.offsets', { conferenceId }, { topics: ['audio', 'turns'], conferenceId, marksReady: false });
  useEffect(() => {
    setOffsets(data && data.conferenceId === conferenceId ? data.turns : null);
    return () => setOffsets(null);
  }, [data, conferenceId]);

  const playChosen = () => {
    const { chosenTurnId, heardTurnId } = usePlayback.getState();
    const turnId = chosenTurnId ?? heardTurnId;
    if (turnId === null) return notify('error', t('audio:player.noTurn'), REFUSAL_MS);
    if (!playTurn(turnId)) notify('error', t('audio:player.noOffset'), REFUSAL_MS);
  };
  const slower = () => setSlow(toggleSlow());
  useShortcuts({ playTurn: playChosen, playPause: togglePlay, replay: () => replay(5), slow: slower });

  return (
    <div className="audio-player" aria-label={t('audio:player.label')} role="group">
      <audio ref={playerElement} src={audioSource(conferenceId, version)} controls preload="metadata" data-testid={AUDIO_TID.player} />
      <button type="button" className="small" onClick={playChosen}>
        ▶ {t('audio:player.playTurn')} <Kbd id="playTurn" />
      </button>
      <button type="button" className="small" onClick={() => replay(5)} data-testid={AUDIO_TID.replay}>
        ↺ {t('audio:player.replay')} <Kbd id="replay" />
      </button>
      <button type="button" className="small" aria-pressed={slow} onClick={slower} title={t('audio:player.slowOn')} data-testid={AUDIO_TID.slow}>
        {t('audio:player.slow')} <Kbd id="slow" />
      </button>
      <a className="button small" href={audioDownload(conferenceId)} download data-testid={AUDIO_TID.download}>
        {t('audio:player.download')}
      </a>
    </div>
  );
}
