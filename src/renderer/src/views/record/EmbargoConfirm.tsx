import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, Language } from '../../../../shared/domain';
import { formatDateTime } from '../../i18n/format';
import { RECORD_TID } from './testids';

/** Whether a file of this format would go out before the conference's embargo ends (the JSON backup is not a publication). */
export function isUnderEmbargo(conference: Conference | undefined, format: string, now: number): boolean {
  return conference?.embargoUntil != null && now < conference.embargoUntil && format !== 'json';
}

/**
 * The export dialog's question before a file goes out under embargo: the
 * moderator confirms, and the file is marked "EMBARGOED UNTIL …" (禁发至 …).
 */
export function EmbargoConfirm({ conference, onConfirm, onBack }: { conference: Conference; onConfirm: () => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const go = useRef<HTMLButtonElement>(null);
  // focused, and so scrolled into view: Enter confirms, Esc closes the dialog
  useEffect(() => go.current?.focus(), []);
  const until = formatDateTime(conference.embargoUntil ?? 0, i18n.language as Language, conference.timeZone);
  return (
    <div className="embargo-confirm" role="alertdialog" aria-labelledby="embargo-confirm-text" data-testid={RECORD_TID.embargoConfirm}>
      <p id="embargo-confirm-text">{t('record:embargo.question', { until, zone: conference.timeZone })}</p>
      <div className="embargo-confirm-actions">
        <button type="button" onClick={onBack} data-testid={RECORD_TID.embargoBack}>
          {t('record:embargo.back')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} data-testid={RECORD_TID.embargoGo} ref={go}>
          {t('record:embargo.go')}
        </button>
      </div>
    </div>
  );
}
