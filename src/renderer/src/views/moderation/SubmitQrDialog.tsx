import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionLinks } from '../../../../shared/submission';
import { Modal } from '../../components/Modal';
import { request } from '../../store/request';
import { MODERATION_TID } from './moderation-testids';

interface Shown {
  links: SubmissionLinks;
  /** one picture per address (a computer on two networks has two) */
  images: string[];
}

/**
 * The QR code reporters scan to open the submission page. The address is the server's own
 * (submission.links): its network address with the submit token. Where no phone can reach
 * the server (the app's own loopback server, browser mode on 127.0.0.1) the dialog says so
 * and how to fix it, rather than show a code that would not open.
 */
export function SubmitQrDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    request('submission.links', {})
      .then(async (links) => {
        // SVG as a data URL: sharp at any size, and allowed by the page's img-src
        const images = await Promise.all(
          links.urls.map(
            async (url) =>
              `data:image/svg+xml;utf8,${encodeURIComponent(await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))}`
          )
        );
        if (current) setShown({ links, images });
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, []);

  return (
    <Modal title={t('moderation:qr.title')} onClose={onClose} testId={MODERATION_TID.qrDialog}>
      {failed ? <p className="moderation-qr-note is-error">{t('moderation:qr.failed')}</p> : null}
      {shown && shown.links.unreachable ? (
        <p className="moderation-qr-note" data-testid={MODERATION_TID.qrUnreachable} data-reason={shown.links.unreachable}>
          {t(`moderation:qr.unreachable.${shown.links.unreachable}`)}
        </p>
      ) : null}
      {shown?.links.urls.map((url, i) => (
        <figure key={url} className="moderation-qr">
          <img src={shown.images[i]} alt={t('moderation:qr.alt')} width={280} height={280} data-testid={MODERATION_TID.qrImage} />
          <figcaption>
            <code data-testid={MODERATION_TID.qrUrl}>{url}</code>
          </figcaption>
        </figure>
      ))}
      {shown && shown.links.urls.length > 0 ? <p className="muted small">{t('moderation:qr.hint')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('moderation:qr.close')}
        </button>
      </div>
    </Modal>
  );
}
