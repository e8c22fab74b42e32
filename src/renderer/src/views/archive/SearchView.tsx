import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { SearchHit } from '../../../../shared/schemas-archive';
import { hrefOf } from '../../app/router';
import { describeError } from '../../i18n/errors';
import { formatDate } from '../../i18n/format';
import { ArchiveFilters, type Filters } from './ArchiveFilters';
import { ArchiveNav } from './ArchiveNav';
import { Snippet } from './Snippet';
import { useRead } from '../../store/reads';
import './archive.css';

const PAGE = 20;
/** Typing settles for this long before the archive is searched. */
const SETTLE_MS = 250;

/** Where a hit opens: the review of its conference, at its turn (or its question, never asked aloud). */
export function hitHref(hit: SearchHit): string {
  const at = hit.turnId !== null ? `turn=${hit.turnId}` : `question=${hit.questionId}`;
  return hrefOf(`/conference/${hit.conferenceId}/review?${at}`);
}

/** One phrase, every conference: what was said or asked, with the words found marked. */
export function SearchView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ from: null, to: null, personId: null, outletId: null });
  const [page, setPage] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text.trim());
      setPage(0);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, error, loading } = useRead(
    'archive.search',
    query ? { query, ...filters, conferenceId: null, offset: page * PAGE, limit: PAGE } : null,
    { topics: ['turns', 'conferences', 'conference'] }
  );

  return (
    <main className="page archive-page" data-testid="search-view">
      <ArchiveNav current="search" />
      <section className="panel">
        <header className="panel-head">
          <h1>{t('archive:search.title')}</h1>
        </header>
        <div className="search-box">
          <input
            type="search"
            autoFocus
            value={text}
            placeholder={t('archive:search.placeholder')}
            aria-label={t('archive:search.title')}
            onChange={(e) => setText(e.target.value)}
            data-testid="search-input"
          />
        </div>
        <ArchiveFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage(0);
          }}
        />
        {error ? <p className="form-message">{describeError(error, t).message}</p> : null}
        {!query ? <p className="muted pad">{t('archive:search.hint')}</p> : null}
        {data && query ? (
          <>
            <p className="muted small search-meta" data-testid="search-meta" data-state={loading ? 'loading' : 'ready'}>
              {data.mode === 'scan' ? t('archive:search.modeScan') : t('archive:search.modeRanked')}
              {data.capped ? ` ${t('archive:search.capped')}` : ''}
            </p>
            {data.hits.length === 0 ? <p className="empty pad">{t('archive:search.none')}</p> : null}
            <ol className="search-hits" data-testid="search-hits">
              {data.hits.map((hit) => (
                <li key={`${hit.kind}-${hit.turnId ?? hit.questionId}`} className="search-hit">
                  <a href={hitHref(hit)} className="search-hit-link">
                    <div className="search-hit-head">
                      <span className="search-hit-title">{hit.conferenceTitle}</span>
                      <span className="muted small nowrap">{formatDate(hit.conferenceDate, language)}</span>
                    </div>
                    <div className="search-hit-body">
                      {hit.speaker ? <strong className={hit.speakerMatched ? 'speaker matched' : 'speaker'}>{hit.speaker}</strong> : null}
                      {hit.kind === 'question' ? <span className="badge">{t('archive:search.unasked')}</span> : null}
                      <Snippet segments={hit.snippet} />
                    </div>
                  </a>
                </li>
              ))}
            </ol>
            {page > 0 || data.hasMore ? (
              <div className="pager">
                <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {t('archive:pager.previous')}
                </button>
                <span className="muted">{t('archive:pager.at', { page: page + 1 })}</span>
                <button type="button" className="button" disabled={!data.hasMore} onClick={() => setPage(page + 1)}>
                  {t('archive:pager.next')}
                </button>
              </div>
            ) : null}
          </>
        ) : null}
      </section>
    </main>
  );
}
