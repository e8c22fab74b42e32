import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/prepared';
import { notify } from '../../store/notices';
import { request, toAppError } from '../../store/request';
import { fileRefusal } from './import-reasons';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { MAX_SPREADSHEET_BYTES, SPREADSHEET_ACCEPT, SpreadsheetFileError, readSpreadsheet } from './spreadsheet-file';

const MAX_MB = MAX_SPREADSHEET_BYTES / (1024 * 1024);
import { PREPARED_TID } from './testids';

/**
 * "Import from a spreadsheet…": pick an XLSX or CSV, the server reads it and
 * answers every row with its errors (writing nothing), and the preview asks
 * before anything is imported.
 */
export function ImportSpreadsheetButton({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ fileName: string; preview: ImportPreview } | null>(null);

  async function open(file: File): Promise<void> {
    setBusy(true);
    setRefusal(null);
    try {
      const { fileName, data } = await readSpreadsheet(file);
      setPreview({ fileName, preview: await request('prepared.importPreview', { conferenceId, fileName, data }) });
    } catch (error) {
      const problem =
        error instanceof SpreadsheetFileError ? t(`prepared:import.file.${error.reason}`, { value: MAX_MB }) : fileRefusal(toAppError(error), t);
      setRefusal(t('prepared:import.refused', { fileName: file.name, problem }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="import-spreadsheet">
      <button
        type="button"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid={PREPARED_TID.importOpen}
        title={t('prepared:import.hint')}
      >
        {busy ? t('prepared:import.reading') : t('prepared:import.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept={SPREADSHEET_ACCEPT}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // cleared, so that choosing the same file again (after fixing it) reads it again
          e.target.value = '';
          if (file) void open(file);
        }}
        data-testid={PREPARED_TID.importInput}
      />
      {refusal ? (
        <span className="field-error" role="alert" data-testid={PREPARED_TID.importError}>
          {refusal}
        </span>
      ) : null}
      {preview ? (
        <ImportPreviewDialog
          conferenceId={conferenceId}
          fileName={preview.fileName}
          preview={preview.preview}
          onClose={() => setPreview(null)}
          onImported={(counts) => {
            setPreview(null);
            notify('info', t('prepared:import.done', counts));
          }}
        />
      ) : null}
    </span>
  );
}
