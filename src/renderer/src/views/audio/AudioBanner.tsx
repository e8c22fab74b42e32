import { useTranslation } from 'react-i18next';
import { retryRecording } from '../../audio/recorder';
import { describeError } from '../../i18n/errors';
import { useRecorder } from '../../audio/recorder-state';
import { AUDIO_TID } from './testids';
import { InputChooser } from './AudioControls';
import './audio.css';

/**
 * The loud state: a red band across every console page while the room is not
 * being recorded (or not saved) when it should be. A silent failure would lose
 * the only copy, so it stays until the cause is gone.
 */
export function AudioBanner() {
  const { t } = useTranslation();
  const fault = useRecorder((s) => s.fault);
  const status = useRecorder((s) => s.status);
  const detail = useRecorder((s) => s.faultDetail);
  const pending = useRecorder((s) => s.pending);
  if (!fault) return null;
  return (
    <div className="audio-banner" role="alert" data-testid={AUDIO_TID.banner} data-fault={fault}>
      <span className="audio-banner-icon" aria-hidden="true">
        ⚠
      </span>
      <div className="audio-banner-text">
        <strong>{t(`audio:fault.${fault}`)}</strong>
        <span className="audio-banner-detail">
          {t('audio:recordUntouched')}
          {pending > 0 ? ` ${t('audio:pending', { count: pending })}` : ''}
          {detail ? ` (${describeError(detail, t).message})` : ''}
        </span>
      </div>
      {status === 'fault' ? <InputChooser /> : null}
      {status === 'fault' ? (
        <button type="button" className="audio-banner-retry" onClick={retryRecording} data-testid={AUDIO_TID.retry}>
          {fault === 'takenOver' ? t('audio:recordHere') : t('audio:retry')}
        </button>
      ) : null}
    </div>
  );
}
