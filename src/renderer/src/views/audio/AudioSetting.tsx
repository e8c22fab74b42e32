import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { reloadRead } from '../../store/reads';
import { request, toAppError } from '../../store/request';
import { useAudioState } from './use-audio-state';
import { AUDIO_TID } from './testids';
import { InputChooser } from './AudioControls';
import { SoundCheck } from './SoundCheck';
import './audio.css';

/** The set-up option: record the room's audio with this conference (from live.start to live.end). */
export function AudioSetting({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const audio = useAudioState(conferenceId, true);
  const [busy, setBusy] = useState(false);

  async function change(recordAudio: boolean) {
    setBusy(true);
    try {
      await request('audio.settings.update', { conferenceId, recordAudio });
      await reloadRead('audio.state', { conferenceId });
    } catch (error) {
      notify('error', describeError(toAppError(error), t).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{t('audio:setting.title')}</h2>
      </header>
      <div className="form pad">
        <label className="audio-check">
          <input
            type="checkbox"
            checked={audio?.recordAudio ?? false}
            disabled={!audio || busy}
            onChange={(e) => void change(e.target.checked)}
            data-testid={AUDIO_TID.setting}
          />
          {t('audio:setting.record')}
        </label>
        <p className="muted small">{t('audio:setting.hint')}</p>
        <label className="audio-check">
          {t('audio:input')} <InputChooser />
        </label>
        <SoundCheck />
      </div>
    </section>
  );
}
