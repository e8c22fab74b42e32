import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { ImportConferenceButton } from './ImportConferenceButton';
import { EXPORT_TID } from './testids';

/**
 * File → Import conference…: the menu cannot open the file picker itself (a
 * page may open one only in answer to a click), so it opens this, whose button does.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('export:import.title')} onClose={onClose} testId={EXPORT_TID.importDialog}>
      <p className="import-body">{t('export:import.body')}</p>
      <div className="modal-actions import-actions">
        <button type="button" onClick={onClose}>
          {t('export:close')}
        </button>
        <ImportConferenceButton primary onImported={onClose} />
      </div>
    </Modal>
  );
}
