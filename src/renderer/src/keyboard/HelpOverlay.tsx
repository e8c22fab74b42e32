import { useTranslation } from 'react-i18next';
import { TID } from '../app/testids';
import { Modal } from '../components/Modal';
import { keyLabel } from './keys';
import { SHORTCUT_GROUPS, SHORTCUTS, shortcutsOf } from './shortcuts';

/** Every shortcut, from the one table, grouped as the moderator thinks of them. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('keys:title')} onClose={onClose} testId={TID.helpOverlay} wide>
      <p className="muted">{t('keys:intro')}</p>
      <div className="help-grid">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group}>
            <h3>{t(`keys:groups.${group}`)}</h3>
            <dl>
              {shortcutsOf(group).map((id) => (
                <div className="help-row" key={id}>
                  <dt>
                    {SHORTCUTS[id].keys.slice(0, id === 'pickSpeaker' ? 1 : 2).map((combo) => (
                      <kbd className="kbd" key={combo}>
                        {id === 'pickSpeaker' ? '1 … 9' : keyLabel(combo)}
                      </kbd>
                    ))}
                  </dt>
                  <dd>{t(`keys:actions.${id}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
