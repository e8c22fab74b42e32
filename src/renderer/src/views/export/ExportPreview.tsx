import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/errors';
import type { ExportFormat } from '../../../../shared/schemas-export';
import { previewFormat } from './export-options';
import { EXPORT_TID } from './testids';
import type { PreviewState } from './useExportPreview';

/** The first lines of the export, so that the moderator sees the layout before saving a file. */
export function ExportPreview({ preview, format }: { preview: PreviewState; format: ExportFormat }) {
  const { t } = useTranslation();
  const asText = previewFormat(format) !== format;
  return (
    <section className="export-preview" aria-live="polite" data-testid={EXPORT_TID.preview} data-state={preview.state}>
      <h3 className="field-label">
        {t('export:preview.title')}
        {asText ? <span className="muted small"> · {t('export:preview.asText')}</span> : null}
      </h3>
      {preview.state === 'loading' ? <p className="muted small">{t('export:preview.loading')}</p> : null}
      {preview.state === 'error' ? <p className="form-message">{describeError(preview.error, t).message}</p> : null}
      {preview.state === 'ready' ? (
        preview.lines.length === 0 ? (
          <p className="muted small">{t('export:preview.empty')}</p>
        ) : (
          // dir="auto" per line: a right-to-left quotation reads the right way round
          <pre className="export-preview-text">
            {preview.lines.map((line, i) => (
              <span key={i} dir="auto" className="export-preview-line">
                {line || '\u00a0'}
              </span>
            ))}
            {preview.more ? <span className="export-preview-line muted">…</span> : null}
          </pre>
        )
      ) : null}
    </section>
  );
}
