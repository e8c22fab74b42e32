import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meterBar } from '../../audio/level-meter';
import { chooseInput, pauseRecording, refreshInputs, resumeRecording, retryRecording } from '../../audio/recorder';
import { recordedMs, useRecorder } from '../../audio/recorder-state';
import { Kbd } from '../../components/Kbd';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { formatClock } from '../../i18n/format';
import { useServerNow } from '../../store/clock';
import { closedDurationMs, useAudioState } from './use-audio-state';
import { AUDIO_TID } from './testids';
import './audio.css';

/** The elapsed recording, redrawn with the console's clock; only this small part redraws. */
function RecordedTime({ beforeMs, paused }: { beforeMs: number; paused: boolean }) {
  const { t } = useTranslation();
  const now = useServerNow();
  const since = useRecorder((s) => s.segmentSince);
  const time = formatClock(recordedMs({ segmentSince: since, recordedBeforeMs: beforeMs }, now));
  return <>{paused ? t('audio:status.paused', { time }) : t('audio:status.recording', { time })}</>;
}

/** The input: in the set-up's audio panel, beside a fault, and in the live header where there is room. */
export function InputChooser() {
  const { t } = useTranslation();
  const inputs = useRecorder((s) => s.inputs);
  const deviceId = useRecorder((s) => s.deviceId);
  useEffect(() => void refreshInputs(), []);
  return (
    <select
      className="audio-input"
      value={deviceId ?? ''}
      onChange={(e) => chooseInput(e.target.value || null)}
      aria-label={t('audio:input')}
      title={t('audio:input')}
      data-testid={AUDIO_TID.input}
    >
      <option value="">{t('audio:defaultInput')}</option>
      {inputs
        .filter((input) => input.deviceId !== 'default')
        .map((input, i) => (
          <option key={input.deviceId} value={input.deviceId}>
            {input.label || t('audio:unnamedInput', { n: i + 1 })}
          </option>
        ))}
    </select>
  );
}

/**
 * The recorder in the live header, at a glance: a red dot and the time recorded,
 * paused, off, or a fault (the banner above says what); the input's level; pause
 * and resume; the input. Shown only for a conference set to record.
 */
export const AudioControls = memo(function AudioControls({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const audio = useAudioState(conferenceId);
  const mine = useRecorder((s) => s.conferenceId === conferenceId);
  const status = useRecorder((s) => (s.conferenceId === conferenceId ? s.status : 'off'));
  useShortcuts({
    audioPause: () => {
      const now = useRecorder.getState().status;
      if (now === 'recording') pauseRecording();
      else if (now === 'paused') resumeRecording();
    }
  });
  if (!audio?.recordAudio && !mine) return null;
  const before = audio ? closedDurationMs(audio) : 0;
  const running = status === 'recording' || status === 'paused';
  return (
    <div className={`audio-controls is-${status}`}>
      <span
        className="audio-status"
        data-testid={AUDIO_TID.status}
        data-status={status}
        title={status === 'paused' ? t('audio:status.pausedTitle') : undefined}
      >
        <span className="audio-dot" aria-hidden="true" />
        {/* no live region: the time changes every second; a fault is announced by the banner (role alert) */}
        {running ? <RecordedTime beforeMs={before} paused={status === 'paused'} /> : t(`audio:status.${status}`)}
      </span>
      <span className="audio-meter" title={t('audio:meter')} aria-hidden="true" data-testid={AUDIO_TID.meter}>
        <span ref={meterBar} />
      </span>
      {running ? (
        <button
          type="button"
          className="dark-button small audio-pause"
          onClick={status === 'recording' ? pauseRecording : resumeRecording}
          title={status === 'recording' ? t('audio:pause') : t('audio:resume')}
          data-testid={AUDIO_TID.pause}
        >
          <span aria-hidden="true">{status === 'recording' ? 'Ⅱ' : '●'}</span>{' '}
          <span className="audio-pause-text">{status === 'recording' ? t('audio:pause') : t('audio:resume')}</span> <Kbd id="audioPause" />
        </button>
      ) : null}
      {status === 'elsewhere' ? (
        <button type="button" className="dark-button small" onClick={retryRecording} data-testid={AUDIO_TID.recordHere}>
          {t('audio:recordHere')}
        </button>
      ) : null}
      <InputChooser />
    </div>
  );
});
