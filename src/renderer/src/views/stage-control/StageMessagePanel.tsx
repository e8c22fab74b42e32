import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import type { MethodInput } from '../../../../shared/methods';
import { STAGE_LIMITS } from '../../../../shared/schemas-stage';
import { STAGE_PRESET_IDS, STAGE_PRESETS } from '../../../../shared/stage';
import { request, toAppError } from '../../store/request';
import { describeError } from '../../i18n/errors';
import { STAGE_TID } from '../stage/stage-testids';
import { useStageSnapshot } from '../stage/use-stage-snapshot';
import './stage-panel.css';

/**
 * The moderator's line to the stage display: free text or a preset, an
 * optional flash for urgent ones, and "clear" by one key (Esc anywhere in the
 * panel). Presets are labelled as the room will read them, in the conference's language.
 */
export function StageMessagePanel({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const { snapshot } = useStageSnapshot(conferenceId);
  const [text, setText] = useState('');
  const [flash, setFlash] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const language = snapshot?.conference.language ?? 'zh';
  const current = snapshot?.message ?? null;

  async function show(input: Omit<MethodInput<'stage.message.set'>, 'conferenceId' | 'flash'>): Promise<boolean> {
    try {
      await request('stage.message.set', { conferenceId, flash, ...input });
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

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // handled here: the console's own Esc (leave the field) must not run too
    event.preventDefault();
    event.stopPropagation();
    void clear();
  }

  const friendly = error ? describeError(error, t) : null;
  return (
    <section className="panel stage-panel" data-testid={STAGE_TID.panel} aria-labelledby="stage-panel-heading" onKeyDown={onKeyDown}>
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
          {t('stage:panel.clear')} <kbd className="kbd">Esc</kbd>
        </button>
      </header>

      <div className="stage-panel-body">
        <div className="stage-panel-current" data-testid={STAGE_TID.panelCurrent} data-message-id={current?.id ?? ''}>
          {current ? (
            <>
              <span className="muted small">
                {t('stage:panel.onStage')}
                {current.flash ? ` · ${t('stage:panel.flashing')}` : ''}
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
        <label className="stage-panel-flash">
          <input type="checkbox" checked={flash} data-testid={STAGE_TID.panelFlash} onChange={(event) => setFlash(event.target.checked)} />
          {t('stage:panel.flash')}
        </label>

        {friendly ? (
          <p className="field-error" role="alert" data-testid={STAGE_TID.panelError}>
            {t('stage:panel.failed', { message: friendly.message })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
