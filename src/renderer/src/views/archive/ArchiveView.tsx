import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { ArchiveItem, ArchiveSort } from '../../../../shared/schemas-archive';
import { conferencePath, hrefOf, navigate } from '../../app/router';
import { StatusPill } from '../../components/badges';
import { describeError } from '../../i18n/errors';
import { formatDate, formatDuration } from '../../i18n/format';
import { request, toAppError } from '../../store/request';
import { ArchiveFilters, type Filters } from './ArchiveFilters';
import { ArchiveNav } from './ArchiveNav';
import { useRead } from '../../store/reads';
import './archive.css';
import { DeleteAudioButton } from '../audio/DeleteAudioButton';

const PAGE = 50;

/** Every past conference, filtered and sorted; open one to read or correct it, report on it, or start a new one from it. */
export function ArchiveView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [filters, setFilters] = useState<Filters>({ from: null, to: null, personId: null, outletId: null, status: null, query: '' });
  const [sort, setSort] = useState<{ by: ArchiveSort; direction: 'asc' | 'desc' }>({ by: 'date', direction: 'desc' });
  const [page, setPage] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useRead(
    'archive.list',
    {
      ...filters,
      status: filters.status ?? null,
      query: filters.query ?? '',
      sort: sort.by,
      direction: sort.direction,
      offset: page * PAGE,
      limit: PAGE
    },
    { topics: ['conferences', 'conference', 'directory', 'audio'] }
  );

  const change = (next: Filters) => {
    setFilters(next);
    setPage(0);
  };
  const sortBy = (by: ArchiveSort) => {
    setSort((s) => ({ by, direction: s.by === by && s.direction === 'desc' ? 'asc' : 'desc' }));
    setPage(0);
  };
  const heading = (by: ArchiveSort, label: string, className = '') => (
    <th className={className} aria-sort={sort.by === by ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => sortBy(by)} data-testid={`sort-${by}`}>
        {label}
        <span aria-hidden="true">{sort.by === by ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  const fromTemplate = async (item: ArchiveItem) => {
    try {
      const copy = await request('conference.createFromTemplate', { sourceId: item.id });
      navigate(conferencePath(copy.id, 'setup'));
    } catch (e) {
      setFailure(describeError(toAppError(e), t).message);
    }
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  return (
    <main className="page archive-page" data-testid="archive-view">
      <ArchiveNav current="list" />
      <section className="panel">
        <header className="panel-head">
          <h1>{t('archive:list.title')}</h1>
          {data ? <span className="muted">{t('archive:list.count', { count: data.total })}</span> : null}
        </header>
        <ArchiveFilters value={filters} onChange={change} withStatus />
        {error ? <p className="form-message">{describeError(error, t).message}</p> : null}
        {failure ? (
          <p className="form-message" role="alert">
            {failure}
          </p>
        ) : null}
        {data && data.items.length === 0 ? <p className="empty pad">{t('archive:list.empty')}</p> : null}
        {data && data.items.length > 0 ? (
          <table className="table archive-table" data-testid="archive-table">
            <thead>
              <tr>
                {heading('date', t('archive:list.columns.date'))}
                {heading('title', t('archive:list.columns.title'))}
                <th>{t('archive:list.columns.spokespeople')}</th>
                {heading('questions', t('archive:list.columns.questions'), 'num')}
                {heading('duration', t('archive:list.columns.duration'), 'num')}
                <th className="num">{t('archive:list.columns.audio')}</th>
                <th>{t('archive:list.columns.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} data-testid={`archive-row-${item.id}`}>
                  <td className="nowrap">{formatDate(item.date, language)}</td>
                  <td className="title-cell">
                    <a href={hrefOf(conferencePath(item.id, item.status === 'draft' ? 'setup' : 'review'))}>{item.title}</a>
                  </td>
                  <td>{item.spokespeople.join('、')}</td>
                  <td className="num">{item.questionCount}</td>
                  <td className="num nowrap">{item.durationSeconds === null ? '—' : formatDuration(item.durationSeconds, language)}</td>
                  <td className="num nowrap" data-testid={`archive-audio-${item.id}`}>
                    {item.audioBytes === 0
                      ? '—'
                      : item.audioBytes < 100_000
                        ? t('archive:list.audioUnderTenth')
                        : t('archive:backups.megabytes', { size: (item.audioBytes / 1_000_000).toFixed(1) })}
                  </td>
                  <td>
                    <StatusPill status={item.status} />
                  </td>
                  <td className="row-actions">
                    <a href={hrefOf(`/reports?conference=${item.id}`)}>{t('archive:list.report')}</a>
                    <button type="button" className="link-button" onClick={() => void fromTemplate(item)} data-testid={`template-${item.id}`}>
                      {t('archive:list.fromTemplate')}
                    </button>
                    {item.audioBytes > 0 ? <DeleteAudioButton conferenceId={item.id} title={item.title} bytes={item.audioBytes} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {pages > 1 ? (
          <div className="pager">
            <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('archive:pager.previous')}
            </button>
            <span className="muted">{t('archive:pager.page', { page: page + 1, pages })}</span>
            <button type="button" className="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {t('archive:pager.next')}
            </button>
          </div>
        ) : null}
      </section>
    </main>
  );
}
