import { useTranslation } from 'react-i18next';
import type { ConferenceStatus } from '../../../../shared/domain';
import { dayToMs, msToDay } from './archive-helpers';
import { useRead } from '../../store/reads';

export interface Filters {
  from: number | null;
  to: number | null;
  personId: number | null;
  outletId: number | null;
  status?: ConferenceStatus | null;
  query?: string;
}

/** Date range, person and outlet (and, for the list, status and title): the filters the archive pages share. */
export function ArchiveFilters({ value, onChange, withStatus }: { value: Filters; onChange(next: Filters): void; withStatus?: boolean }) {
  const { t } = useTranslation();
  const people = useRead('person.list', { query: '', limit: 500 }, { topics: ['directory'] }).data ?? [];
  const outlets = useRead('outlet.list', { query: '', limit: 500 }, { topics: ['directory'] }).data ?? [];
  const id = (v: string) => (v ? Number(v) : null);
  return (
    <div className="archive-filters" role="group" aria-label={t('archive:filters.label')}>
      <label>
        <span>{t('archive:filters.from')}</span>
        <input
          type="date"
          value={msToDay(value.from)}
          onChange={(e) => onChange({ ...value, from: dayToMs(e.target.value) })}
          data-testid="filter-from"
        />
      </label>
      <label>
        <span>{t('archive:filters.to')}</span>
        <input
          type="date"
          value={msToDay(value.to, true)}
          onChange={(e) => onChange({ ...value, to: dayToMs(e.target.value, true) })}
          data-testid="filter-to"
        />
      </label>
      <label>
        <span>{t('archive:filters.person')}</span>
        <select value={value.personId ?? ''} onChange={(e) => onChange({ ...value, personId: id(e.target.value) })} data-testid="filter-person">
          <option value="">{t('archive:filters.anyone')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisation ? `${p.name}（${p.organisation}）` : p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('archive:filters.outlet')}</span>
        <select value={value.outletId ?? ''} onChange={(e) => onChange({ ...value, outletId: id(e.target.value) })} data-testid="filter-outlet">
          <option value="">{t('archive:filters.anyOutlet')}</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {withStatus ? (
        <>
          <label>
            <span>{t('archive:filters.status')}</span>
            <select
              value={value.status ?? ''}
              onChange={(e) => onChange({ ...value, status: (e.target.value || null) as ConferenceStatus | null })}
              data-testid="filter-status"
            >
              <option value="">{t('archive:filters.anyStatus')}</option>
              <option value="draft">{t('common:status.draft')}</option>
              <option value="live">{t('common:status.live')}</option>
              <option value="ended">{t('common:status.ended')}</option>
            </select>
          </label>
          <label className="grow">
            <span>{t('archive:filters.title')}</span>
            <input
              type="search"
              value={value.query ?? ''}
              onChange={(e) => onChange({ ...value, query: e.target.value })}
              data-testid="filter-title"
            />
          </label>
        </>
      ) : null}
    </div>
  );
}
