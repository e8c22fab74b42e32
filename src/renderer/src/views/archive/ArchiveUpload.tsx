import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../shared/errors';
import { httpToken } from '../../api/bridge';
import { CallError, request } from '../../store/request';

/**
 * Browser mode only: sends an archive file from this computer to the server
 * (POST /backups, the raw file as the body: a .db, or a backup's .zip with its
 * recordings), then merges it with archive.import.
 * The merge's progress and result show in the backups view's job list.
 */
async function uploadArchive(file: File): Promise<string> {
  // a .db or a backup zip with its audio: the server tells them apart by their first bytes
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  const token = httpToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/backups', { method: 'POST', headers, body: file });
  let result: Result<{ fileName: string }> | null = null;
  try {
    result = (await response.json()) as Result<{ fileName: string }>;
  } catch {
    // not JSON: a proxy's page or a cut connection
  }
  if (!result) throw new CallError({ code: 'internal', message: `HTTP ${response.status}` } satisfies AppError);
  if (!result.ok) throw new CallError(result.error);
  return result.value.fileName;
}

export function ArchiveUpload({ disabled, act }: { disabled: boolean; act: (work: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onFile = (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    void act(async () => {
      try {
        const fileName = await uploadArchive(file);
        await request('archive.import', { fileName });
      } finally {
        setUploading(false);
        if (input.current) input.current.value = '';
      }
    });
  };

  return (
    <label className="pad archive-upload">
      <span>{t('archive:backups.upload')}</span>{' '}
      <input
        ref={input}
        type="file"
        accept=".db,.sqlite,.sqlite3,.zip,application/vnd.sqlite3,application/zip"
        disabled={disabled || uploading}
        onChange={(e) => onFile(e.target.files?.[0])}
        data-testid="upload-archive"
      />
      {uploading ? <span className="muted small"> {t('archive:backups.uploading')}</span> : null}
    </label>
  );
}
