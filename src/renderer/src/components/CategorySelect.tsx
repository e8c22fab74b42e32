import { useTranslation } from 'react-i18next';
import { OUTLET_CATEGORIES, type OutletCategory } from '../../../shared/domain';

/** The outlet categories the moderator balances who is called by, in the UI's language. */
export function CategorySelect({
  value,
  onChange,
  testId,
  ariaLabel
}: {
  value: OutletCategory;
  onChange: (category: OutletCategory) => void;
  testId: string;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <select aria-label={ariaLabel} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as OutletCategory)}>
      {OUTLET_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(`common:category.${c}`)}
        </option>
      ))}
    </select>
  );
}
