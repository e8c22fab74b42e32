import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import { backupDownloadName } from '../../../../shared/backup-download';
import type { BackupInfo, BackupJob } from '../../../../shared/schemas-archive';
import { Modal } from '../../components/Modal';
import { describeError } from '../../i18n/errors';
import { formatDate, formatDateTime } from '../../i18n/format';
import { request, toAppError } from '../../store/request';
import { ArchiveNav } from './ArchiveNav';
import { ArchiveUpload } from './ArchiveUpload';
import { useRead } from '../../store/reads';
import './archive.css';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
/** Downloads and uploads go through the browser-mode server; in Electron the shell's menu is where they belong. */
const inBrowser = typeof window !== 'undefined' && !window.rostrum;

function JobLine({ job }: { job: BackupJob }) {
  const { t } = useTranslation();
  const what = { backup: t('archive:backups.jobs.backup'), restore: t('archive:backups.jobs.restore'), import: t('archive:backups.jobs.import') }[
    job.kind
  ];
  return (
    <li className={`job job-${job.state}`} data-testid={`job-${job.id}`} data-state={job.state}>
      <strong>{what}</strong> {job.state === 'running' ? <progress max={1} value={job.progress} aria-label={what} /> : null}
      {job.state === 'done' ? <span>{t('archive:backups.jobs.done')}</span> : null}
      {job.state === 'failed' ? <span className="form-message">{t('archive:backups.jobs.failed', { reason: job.error ?? '' })}</span> : null}
      {job.fileName ? <span className="muted small"> {job.fileName}</span> : null}
      {job.result?.imported ? (
        <span className="small">
          {' '}
          {t('archive:backups.jobs.imported', { imported: job.result.imported.length, skipped: job.result.skipped?.length ?? 0 })}
        </span>
      ) : null}
      {job.result?.safetyBackup ? <span className="muted small"> {t('archive:backups.jobs.safety', { file: job.result.safetyBackup })}</span> : null}
    </li>
  );
}

/** Backups: take one now, see what each holds, restore one (after a confirmation), or merge another archive in. */
export function BackupsView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data, error } = useRead('backup.list', {}, { topics: ['backup'] });
  const [confirm, setConfirm] = useState<BackupInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = data?.jobs.some((j) => j.state === 'running') ?? false;
  const reasons: Record<string, string> = {
    manual: t('archive:backups.reasons.manual'),
    daily: t('archive:backups.reasons.daily'),
    'conference-end': t('archive:backups.reasons.conferenceEnd'),
    'before-restore': t('archive:backups.reasons.beforeRestore'),
    'before-import': t('archive:backups.reasons.beforeImport'),
    export: t('archive:backups.reasons.export'),
    imported: t('archive:backups.reasons.imported')
  };

  const act = async (work: () => Promise<unknown>) => {
    try {
      setFailure(null);
      await work();
    } catch (e) {
      setFailure(describeError(toAppError(e), t).message);
    }
  };

  return (
    <main className="page archive-page" data-testid="backups-view">
      <ArchiveNav current="backups" />
      <section className="panel">
        <header className="panel-head">
          <h1>{t('archive:backups.title')}</h1>
          <span className="spacer" />
          <button
            type="button"
            className="button"
            disabled={running}
            onClick={() => void act(() => request('archive.export', {}))}
            data-testid="export-archive"
          >
            {t('archive:backups.export')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={running}
            onClick={() => void act(() => request('backup.create', {}))}
            data-testid="backup-now"
          >
            {t('archive:backups.now')}
          </button>
        </header>
        <p className="muted small pad">{t('archive:backups.rule')}</p>
        {data ? <p className="muted small pad">{t('archive:backups.folder', { folder: data.folder })}</p> : null}
        {error ? <p className="form-message">{describeError(error, t).message}</p> : null}
        {failure ? (
          <p className="form-message" role="alert">
            {failure}
          </p>
        ) : null}
        {data && data.jobs.length > 0 ? (
          <ul className="jobs" data-testid="jobs">
            {data.jobs.slice(0, 5).map((job) => (
              <JobLine key={job.id} job={job} />
            ))}
          </ul>
        ) : null}
        {data && data.backups.length === 0 ? <p className="empty pad">{t('archive:backups.empty')}</p> : null}
        {data && data.backups.length > 0 ? (
          <table className="table" data-testid="backups-table">
            <thead>
              <tr>
                <th>{t('archive:backups.columns.when')}</th>
                <th>{t('archive:backups.columns.reason')}</th>
                <th className="num">{t('archive:backups.columns.conferences')}</th>
                <th>{t('archive:backups.columns.latest')}</th>
                <th className="num">{t('archive:backups.columns.size')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.backups.map((b) => (
                <tr key={b.fileName} data-testid={`backup-${b.fileName}`}>
                  <td className="nowrap" title={b.fileName}>
                    {formatDateTime(b.takenAt, language)}
                  </td>
                  <td>{reasons[b.reason] ?? b.reason}</td>
                  <td className="num">{b.conferences ?? '—'}</td>
                  <td>
                    {b.error ? <span className="form-message">{t('archive:backups.unreadable')}</span> : null}
                    {b.latest ? (
                      <>
                        {b.latest.title} <span className="muted small">{formatDate(b.latest.date, language)}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="num">{t('archive:backups.megabytes', { size: megabytes(b.sizeBytes) })}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      disabled={running || b.error !== null}
                      onClick={() => setConfirm(b)}
                      data-testid={`restore-${b.fileName}`}
                    >
                      {t('archive:backups.restore')}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      disabled={running || b.error !== null}
                      onClick={() => void act(() => request('archive.import', { fileName: b.fileName }))}
                      data-testid={`merge-${b.fileName}`}
                    >
                      {t('archive:backups.merge')}
                    </button>
                    {inBrowser ? (
                      <a
                        href={`/backups/${encodeURIComponent(b.fileName)}`}
                        download={backupDownloadName(b.fileName, b.audioBytes !== null)}
                        data-testid={`download-${b.fileName}`}
                      >
                        {t('archive:backups.download')}
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {inBrowser ? <ArchiveUpload disabled={running} act={act} /> : null}
        <p className="muted small pad">{t('archive:backups.importHint')}</p>
      </section>
      {confirm ? (
        <Modal title={t('archive:backups.confirm.title')} onClose={() => setConfirm(null)} testId="restore-confirm">
          <p>
            {t('archive:backups.confirm.body', {
              when: formatDateTime(confirm.takenAt, language),
              count: confirm.conferences ?? 0,
              latest: confirm.latest?.title ?? '—'
            })}
          </p>
          <p className="muted small">{t('archive:backups.confirm.safety')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setConfirm(null)}>
              {t('common:cancel')}
            </button>
            <button
              type="button"
              className="button primary danger"
              data-autofocus
              data-testid="restore-confirm-go"
              onClick={() => {
                const fileName = confirm.fileName;
                setConfirm(null);
                void act(() => request('backup.restore', { fileName }));
              }}
            >
              {t('archive:backups.confirm.go')}
            </button>
          </div>
        </Modal>
      ) : null}
    </main>
  );
}
