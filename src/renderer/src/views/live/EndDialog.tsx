import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { Modal } from '../../components/Modal';

/** Ending is confirmed: it closes every waiting question as not reached (it can still be undone). */
export function EndDialog({ waiting, onConfirm, onClose }: { waiting: number; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('live:end.title')} onClose={onClose}>
      <p>{t('live:end.body', { count: waiting })}</p>
      <p className="muted small">{t('live:end.undoable')}</p>
      <div className="modal-actions">
        <button type="button" className="ghost" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button
          type="button"
          className="danger-fill"
          data-autofocus
          data-testid={TID.live.endConfirm}
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {t('live:end.confirm')}
        </button>
      </div>
    </Modal>
  );
}
