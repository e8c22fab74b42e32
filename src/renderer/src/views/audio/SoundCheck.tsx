import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioFault } from '../../audio/capture';
import { meterBar } from '../../audio/level-meter';
import { refreshInputs } from '../../audio/recorder';
import { useRecorder } from '../../audio/recorder-state';
import { startSoundCheck, stopSoundCheck } from '../../audio/sound-check';
import { AUDIO_TID } from './testids';

/**
 * Test the input before the conference: its level on a bar, nothing recorded.
 * A new input chosen meanwhile is tested at once; leaving the page ends the test.
 */
export function SoundCheck() {
  const { t } = useTranslation();
  const deviceId = useRecorder((s) => s.deviceId);
  const recorderOff = useRecorder((s) => s.status === 'off');
  const [testing, setTesting] = useState(false);
  const [fault, setFault] = useState<AudioFault | null>(null);

  useEffect(() => {
    if (!testing) return;
    let cancelled = false;
    void startSoundCheck().then((refused) => {
      if (cancelled) return;
      setFault(refused);
      if (refused) setTesting(false);
      // the labels of the inputs appear once the browser has allowed one
      void refreshInputs();
    });
    return () => {
      cancelled = true;
      stopSoundCheck();
    };
  }, [testing, deviceId]);

  if (!recorderOff) return null;
  return (
    <div className="audio-sound-check">
      <button type="button" className="small" onClick={() => setTesting(!testing)} aria-pressed={testing} data-testid={AUDIO_TID.soundCheck}>
        {testing ? t('audio:setting.stopTest') : t('audio:setting.test')}
      </button>
      {testing ? (
        <>
          <span className="audio-meter wide" title={t('audio:meter')} aria-hidden="true" data-testid={AUDIO_TID.meter}>
            <span ref={meterBar} />
          </span>
          <span className="muted small">{t('audio:setting.testHint')}</span>
        </>
      ) : null}
      {fault ? (
        <p className="form-message" role="alert">
          {t(`audio:fault.${fault}`)}
        </p>
      ) : null}
    </div>
  );
}
