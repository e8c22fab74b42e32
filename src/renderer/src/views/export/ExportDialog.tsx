import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { describeError } from '../../i18n/errors';
import { localeOf } from '../../i18n/language';
import { useConferenceDetail } from '../../store/conference-store';
import type { Language } from '../../../../shared/domain';
import { formatBytes } from './export-file';
import { exportInput, FORMAT_ORDER, restoreChoices, type ExportChoices } from './export-options';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportPreview } from './ExportPreview';
import { EXPORT_TID } from './testids';
import { useExportPreview } from './useExportPreview';
import { useExportRun, type ExportRunState } from './useExportRun';
import './export.css';
import { EmbargoConfirm, isUnderEmbargo } from '../record/EmbargoConfirm';
import { serverNow } from '../../store/clock';

const STORAGE_KEY = 'rostrum.export.choices';

function storedChoices(): ExportChoices {
  try {
    return restoreChoices(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return restoreChoices(null);
  }
}

function storeChoices(choices: ExportChoices): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    // storage disabled: the choices last as long as the dialog
  }
}

/**
 * Export the transcript: the format, the options that apply to it, a
 * preview of the first lines, and the file saved through the OS save dialog
 * (Electron) or as a download (browser). The dialog stays open after an
 * export, so that the DOCX, the PDF and the subtitles can go out one after another.
 */
export function ExportDialog({ conferenceId, open, onClose }: { conferenceId: number; open: boolean; onClose: () => void }) {
  if (!open) return null;
  return <ExportDialogBody key={conferenceId} conferenceId={conferenceId} onClose={onClose} />;
}

function ExportDialogBody({ conferenceId, onClose }: { conferenceId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { detail } = useConferenceDetail(conferenceId);
  const [choices, setChoices] = useState(storedChoices);
  const exportRun = useExportRun();
  const preview = useExportPreview(conferenceId, choices, true);
  const busy = exportRun.busy !== null;
  const { reset } = exportRun;
  // before the embargo ends, Export first asks; the server refuses a file without the confirmation too
  const [askEmbargo, setAskEmbargo] = useState(false);
  const refusedForEmbargo = exportRun.error?.details?.field === 'confirmEmbargo';
  const exportNow = (confirmEmbargo: boolean) => {
    setAskEmbargo(false);
    void exportRun.run({ ...exportInput(conferenceId, choices), confirmEmbargo });
  };

  useEffect(() => storeChoices(choices), [choices]);
  const change = (patch: Partial<ExportChoices>) => {
    reset();
    setAskEmbargo(false);
    setChoices((c) => ({ ...c, ...patch }));
  };

  return (
    <Modal title={t('export:title')} onClose={onClose} testId={EXPORT_TID.exportDialog} wide>
      {detail ? <p className="muted export-subtitle">{detail.conference.title}</p> : null}
      <div className="export-grid">
        <fieldset className="export-formats" disabled={busy}>
          <legend className="field-label">{t('export:format')}</legend>
          {FORMAT_ORDER.map((format) => (
            <label key={format} className={`export-format${choices.format === format ? ' on' : ''}`}>
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={choices.format === format}
                onChange={() => change({ format })}
                data-testid={EXPORT_TID.format(format)}
                data-autofocus={choices.format === format ? '' : undefined}
              />
              <span className="export-format-text">
                <span className="export-format-name">{t(`export:formats.${format}.name`)}</span>
                <span className="export-format-hint">{t(`export:formats.${format}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="export-side">
          <ExportOptionsFields choices={choices} onChange={change} disabled={busy} />
          <ExportPreview preview={preview} format={choices.format} />
        </div>
      </div>
      {/* the question takes the place of the buttons, where the moderator's eyes are */}
      {(askEmbargo || refusedForEmbargo) && detail ? (
        <EmbargoConfirm conference={detail.conference} onConfirm={() => exportNow(true)} onBack={() => (setAskEmbargo(false), reset())} />
      ) : (
        <div className="modal-actions export-actions">
          <ExportStatus state={exportRun} />
          <button type="button" onClick={onClose} data-testid={EXPORT_TID.close}>
            {t('export:close')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => (isUnderEmbargo(detail?.conference, choices.format, serverNow()) ? setAskEmbargo(true) : exportNow(false))}
            data-testid={EXPORT_TID.submit}
          >
            {t('export:submit')}
          </button>
        </div>
      )}
    </Modal>
  );
}

/** While the file is made: a moving bar and the seconds so far; then what was saved, or why not. */
function ExportStatus({ state }: { state: ExportRunState }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language as Language);
  const seconds = (ms: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
  if (state.busy) {
    const format = state.busy.format.toUpperCase();
    // a PDF is laid out and printed by a browser: the step the moderator waits for, named as such
    const phase = state.busy.phase === 'making' && state.busy.format === 'pdf' ? 'printing' : state.busy.phase;
    return (
      <div className="export-status" role="status" data-testid={EXPORT_TID.busy} data-phase={phase} data-elapsed-ms={Math.round(state.elapsedMs)}>
        <div className="export-progress" role="progressbar" aria-busy="true" aria-label={t('export:submit')}>
          <div className="export-progress-bar" />
        </div>
        <span>
          {t('export:step', { step: phase === 'saving' ? 2 : 1, total: 2 })} {t(`export:phase.${phase}`, { format })} ·{' '}
          {t('export:elapsed', { seconds: seconds(state.elapsedMs) })}
        </span>
      </div>
    );
  }
  if (state.error) {
    return (
      <p className="export-status form-message" role="alert" data-testid={EXPORT_TID.error}>
        {t('export:failed', { message: describeError(state.error, t).message })}
      </p>
    );
  }
  if (state.done) {
    return (
      <p className="export-status export-done" role="status" data-testid={EXPORT_TID.done}>
        {t('export:done', { fileName: state.done.fileName, size: formatBytes(state.done.size, locale), seconds: seconds(state.done.ms) })}
      </p>
    );
  }
  return <span className="export-status" />;
}
