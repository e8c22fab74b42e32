import { useTranslation } from 'react-i18next';
import { openExport } from './export-ui';
import { EXPORT_TID } from './testids';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The review view's "Export…" button; the dialog itself is drawn by <ExportHost />, once for the app. */
export function ExportButton({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const hint = t('export:openHint', { key: isMac() ? '⌘E' : 'Ctrl+E' });
  return (
    <button type="button" onClick={() => openExport(conferenceId)} title={hint} aria-label={hint} data-testid={EXPORT_TID.exportOpen}>
      {t('export:open')}
    </button>
  );
}
