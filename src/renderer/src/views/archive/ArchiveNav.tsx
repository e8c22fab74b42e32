import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/router';

const TABS = [
  { path: '/archive', key: 'list' },
  { path: '/archive/search', key: 'search' },
  { path: '/reports', key: 'reports' },
  { path: '/archive/backups', key: 'backups' }
] as const;

/** The archive's own tabs: the list, search, reports and backups. */
export function ArchiveNav({ current }: { current: (typeof TABS)[number]['key'] }) {
  const { t } = useTranslation();
  const label = {
    list: t('archive:tabs.list'),
    search: t('archive:tabs.search'),
    reports: t('archive:tabs.reports'),
    backups: t('archive:tabs.backups')
  };
  return (
    <nav className="archive-tabs" aria-label={t('archive:tabs.label')}>
      {TABS.map((tab) => (
        <a key={tab.key} href={hrefOf(tab.path)} aria-current={tab.key === current ? 'page' : undefined} data-testid={`archive-tab-${tab.key}`}>
          {label[tab.key]}
        </a>
      ))}
    </nav>
  );
}
