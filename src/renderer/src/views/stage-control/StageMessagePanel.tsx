import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/errors';
import type { MethodInput } from '../../../../shared/methods';
import { STAGE_LIMITS } from '../../../../shared/schemas-stage';
import { STAGE_PRESET_IDS, STAGE_PRESETS } from '../../../../shared/stage';
import { Kbd } from '../../components/Kbd';
import { describeError } from '../../i18n/errors';
import { formatDuration } from '../../i18n/format';
import { request, toAppError } from '../../store/request';
import { STAGE_TID } from '../stage/stage-testids';
import { useShownMessage } from '../stage/use-shown-message';
import { useStageSnapshot } from '../stage/use-stage-snapshot';
import { MessageLife } from './MessageLife';
import './stage-panel.css';

/** The times a message can be shown for; null: until it is cleared. */
const DURATIONS = [null, 10, 30, 60, 120, 300] as const;
type Duration = (typeof DURATIONS)[number];

/**
 * The moderator's line to the stage display: free text or a preset, an
 * optional flash for urgent ones, how long it stays (a set time, or until the
 * next segment), and "clear" by one key (Ctrl+Shift+X, anywhere in the console,
 * as the shortcut overlay says). What it says is on stage is what the stage
 * shows: a message that ran out, or ended with its segment or the conference, is not.
 * Presets are labelled as the room will read them, in the conference's language.
 */
export function StageMessagePanel({ conferenceId }: { conferenceId: number }) {
  const { t, i18n } = useTranslation();
  const { snapshot } = useStageSnapshot(conferenceId);
  const [text, setText] = useState('');
  const [flash, setFlash] = useState(false);
  const [seconds, setSeconds] = useState<Duration>(null);
  const [untilNextSegment, setUntilNextSegment] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const language = snapshot?.conference.language ?? 'zh';
  const current = useShownMessage(snapshot);

  async function show(input: Pick<MethodInput<'stage.message.set'>, 'text' | 'preset'>): Promise<boolean> {
    const life = { untilNextSegment, ...(seconds === null ? {} : { seconds }) };
    try {
      await request('stage.message.set', { conferenceId, flash, ...life, ...input });
      setError(null);
      return true;
    } catch (failure) {
      setError(toAppError(failure));
      return false;
    }
  }

  async function clear(): Promise<void> {
    try {
      await request('stage.message.clear', { conferenceId });
      setError(null);
    } catch (failure) {
      setError(toAppError(failure));
    }
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!text.trim()) return;
    void show({ text }).then((ok) => {
      if (ok) setText('');
    });
  }

  const friendly = error ? describeError(error, t) : null;
  return (
    <section className="panel stage-panel" data-testid={STAGE_TID.panel} aria-labelledby="stage-panel-heading">
      <header className="panel-head">
        <h2 id="stage-panel-heading">{t('stage:panel.title')}</h2>
        <button
          type="button"
          className="ghost small"
          data-testid={STAGE_TID.panelClear}
          title={t('stage:panel.clearHint')}
          disabled={!current}
          onClick={() => void clear()}
        >
          {t('stage:panel.clear')} <Kbd id="stageClear" />
        </button>
      </header>

      <div className="stage-panel-body">
        <div className="stage-panel-current" data-testid={STAGE_TID.panelCurrent} data-message-id={current?.id ?? ''}>
          {current ? (
            <>
              <span className="muted small">
                {t('stage:panel.onStage')}
                {current.flash ? ` · ${t('stage:panel.flashing')}` : ''}
                <MessageLife message={current} />
              </span>
              <strong className={current.flash ? 'is-flash' : undefined}>{current.text}</strong>
            </>
          ) : (
            <span className="muted small">{t('stage:panel.nothing')}</span>
          )}
        </div>

        <form className="stage-panel-form" onSubmit={onSubmit}>
          <input
            type="text"
            value={text}
            maxLength={STAGE_LIMITS.message}
            placeholder={t('stage:panel.placeholder')}
            aria-label={t('stage:panel.placeholder')}
            data-testid={STAGE_TID.panelText}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="primary small" data-testid={STAGE_TID.panelShow} disabled={!text.trim()}>
            {t('stage:panel.show')}
          </button>
        </form>

        <div className="stage-panel-presets" role="group" aria-label={t('stage:panel.presets')}>
          {STAGE_PRESET_IDS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="small"
              data-testid={STAGE_TID.panelPreset(preset)}
              aria-pressed={current?.preset === preset}
              onClick={() => void show({ preset })}
            >
              {STAGE_PRESETS[preset][language]}
            </button>
          ))}
        </div>
        <div className="stage-panel-options">
          <label className="stage-panel-flash">
            <input type="checkbox" checked={flash} data-testid={STAGE_TID.panelFlash} onChange={(event) => setFlash(event.target.checked)} />
            {t('stage:panel.flash')}
          </label>
          <label className="stage-panel-flash">
            {t('stage:panel.duration')}
            <select
              value={seconds ?? ''}
              data-testid={STAGE_TID.panelSeconds}
              onChange={(event) => setSeconds(event.target.value === '' ? null : (Number(event.target.value) as Duration))}
            >
              {DURATIONS.map((d) => (
                <option key={d ?? 'none'} value={d ?? ''}>
                  {d === null ? t('stage:panel.untilCleared') : formatDuration(d, i18n.language as Language)}
                </option>
              ))}
            </select>
          </label>
          <label className="stage-panel-flash">
            <input
              type="checkbox"
              checked={untilNextSegment}
              data-testid={STAGE_TID.panelUntilNext}
              onChange={(event) => setUntilNextSegment(event.target.checked)}
            />
            {t('stage:panel.untilNextSegment')}
          </label>
        </div>

        {friendly ? (
          <p className="field-error" role="alert" data-testid={STAGE_TID.panelError}>
            {t('stage:panel.failed', { message: friendly.message })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
