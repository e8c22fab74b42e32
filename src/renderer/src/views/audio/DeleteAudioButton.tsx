import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { request, toAppError } from '../../store/request';
import { AUDIO_TID } from './testids';

const sizeOf = (bytes: number) => (bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`);

/**
 * Deletes a conference's recording, after a confirmation that says the record
 * stays. The server refuses while it records; the refusal is shown in the dialog.
 */
export function DeleteAudioButton({ conferenceId, title, bytes }: { conferenceId: number; title: string; bytes: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    try {
      await request('audio.delete', { conferenceId });
      setOpen(false);
      notify('info', t('audio:archive.deleted'));
    } catch (error) {
      setFailure(describeError(toAppError(error), t).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="link-button" onClick={() => (setFailure(null), setOpen(true))} data-testid={AUDIO_TID.delete(conferenceId)}>
        {t('audio:archive.delete')}
      </button>
      {open ? (
        <Modal title={t('audio:archive.confirmTitle', { title })} onClose={() => setOpen(false)}>
          <p>{t('audio:archive.confirmBody', { size: sizeOf(bytes) })}</p>
          {failure ? (
            <p className="form-message" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="ghost" onClick={() => setOpen(false)} data-autofocus>
              {t('common:cancel')}
            </button>
            <button type="button" className="danger-fill" disabled={busy} onClick={() => void confirm()} data-testid={AUDIO_TID.deleteConfirm}>
              {t('audio:archive.delete')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
