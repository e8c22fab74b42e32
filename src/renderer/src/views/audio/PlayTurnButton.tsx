import { useTranslation } from 'react-i18next';
import { playTurn, usePlayback } from '../../audio/playback';
import { AUDIO_TID } from './testids';

/** ▶ in a turn of the review, when the turn has a place in the conference's audio. */
export function PlayTurnButton({ turnId }: { turnId: number }) {
  const { t } = useTranslation();
  const playable = usePlayback((s) => typeof s.offsets?.get(turnId) === 'number');
  if (!playable) return null;
  return (
    <button
      type="button"
      className="small audio-play-turn"
      onClick={() => playTurn(turnId)}
      title={t('audio:player.playTurn')}
      aria-label={t('audio:player.playTurn')}
      data-testid={AUDIO_TID.playTurn(turnId)}
    >
      ▶
    </button>
  );
}
