import { useTranslation } from 'react-i18next';
import type { ConferenceStatus, OutletCategory } from '../../../shared/domain';

export function CategoryBadge({ category }: { category: OutletCategory }) {
  const { t } = useTranslation();
  return <span className={`badge cat-${category}`}>{t(`common:category.${category}`)}</span>;
}

export function StatusPill({ status }: { status: ConferenceStatus }) {
  const { t } = useTranslation();
  return <span className={`pill status-${status}`}>{t(`common:status.${status}`)}</span>;
}
