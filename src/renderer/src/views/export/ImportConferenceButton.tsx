import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/errors';
import { request, toAppError } from '../../store/request';
import { conferencePath, navigate } from '../../app/router';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { FILE_FIELD, IMPORT_ACCEPT, parseConferenceFile } from './import-file';
import { EXPORT_TID } from './testids';
import './export.css';

/** A refusal in words, with the field it names: "file" for the file as a whole, else the server's path (e.g. "conference.title"). */
export function describeImportError(error: AppError, t: TFunction): { problem: string; field: string | undefined } {
  if (error.details?.field === FILE_FIELD) {
    switch (error.details.reason) {
      case 'tooLarge':
        return { problem: t('export:import.file.tooLarge'), field: FILE_FIELD };
      case 'empty':
        return { problem: t('export:import.file.empty'), field: FILE_FIELD };
      case 'notJson':
        return { problem: t('export:import.file.notJson'), field: FILE_FIELD };
      case 'notExport':
        return { problem: t('export:import.file.notExport'), field: FILE_FIELD };
    }
  }
  const friendly = describeError(error, t);
  return { problem: friendly.message, field: friendly.field };
}

/**
 * Imports a conference from a JSON export: pick the file, and the new
 * conference opens. A refused file leaves everything as it was and says
 * which field of the file is wrong and why.
 */
export function ImportConferenceButton({ primary = false, onImported }: { primary?: boolean; onImported?: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; field: string | undefined } | null>(null);

  async function importFile(file: File): Promise<void> {
    setBusy(true);
    setRefusal(null);
    const refuse = (error: AppError) => {
      const { problem, field } = describeImportError(error, t);
      setRefusal({ text: t('export:import.refused', { fileName: file.name, problem }), field });
    };
    try {
      const parsed = parseConferenceFile(file.size > 0 ? await file.text() : '', file.size);
      if (!parsed.ok) return refuse(parsed.error);
      const imported = await request('conference.import', parsed.value);
      notify('info', t('export:import.done', { title: imported.title }));
      onImported?.();
      navigate(conferencePath(imported.id, imported.status === 'draft' ? 'setup' : 'review'));
    } catch (error) {
      // the API's refusal names the field; anything else (a file that cannot be read) says what happened
      refuse(toAppError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="import-conference">
      <button
        type="button"
        className={primary ? 'primary' : 'small'}
        disabled={busy}
        title={t('export:import.hint')}
        onClick={() => input.current?.click()}
        data-testid={EXPORT_TID.importOpen}
      >
        {busy ? t('export:import.busy') : primary ? t('export:import.choose') : t('export:import.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // cleared, so that choosing the same file again (after fixing it) imports it again
          e.target.value = '';
          if (file) void importFile(file);
        }}
        data-testid={EXPORT_TID.importInput}
      />
      {refusal ? (
        <span className="import-error field-error" role="alert" data-testid={EXPORT_TID.importError} data-field={refusal.field ?? ''}>
          {refusal.text}
        </span>
      ) : null}
    </span>
  );
}
