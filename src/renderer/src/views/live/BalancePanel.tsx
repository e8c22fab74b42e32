import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTLET_CATEGORIES, type Outlet, type Question } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { balanceIndexOf } from './question-index';

/** Who has asked so far, by category of outlet, so that no group of media is left out. */
export const BalancePanel = memo(function BalancePanel({
  questions,
  outlets
}: {
  questions: readonly Question[];
  outlets: ReadonlyMap<number, Outlet>;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => balanceIndexOf(questions, outlets, OUTLET_CATEGORIES), [questions, outlets]);
  const max = Math.max(1, ...rows.map((r) => r.asked + r.waiting));
  return (
    <section className="panel balance" data-testid={TID.balance} aria-labelledby="balance-heading">
      <header className="panel-head">
        <h2 id="balance-heading">{t('live:balance.heading')}</h2>
        <span className="legend small">
          <i className="sw asked" /> {t('live:balance.asked')} <i className="sw waiting" /> {t('live:balance.waiting')}
        </span>
      </header>
      <ul className="balance-rows">
        {rows.map((row) => (
          <li key={row.category} data-testid={TID.balanceCategory(row.category)} data-asked={row.asked} data-waiting={row.waiting}>
            <span className={`badge cat-${row.category}`}>{t(`common:category.${row.category}`)}</span>
            <span className="bar" aria-hidden="true">
              <span className="asked" style={{ width: `${(row.asked / max) * 100}%` }} />
              <span className="waiting" style={{ width: `${(row.waiting / max) * 100}%` }} />
            </span>
            <span className="balance-count">
              {row.asked}
              {row.waiting ? <span className="muted"> +{row.waiting}</span> : null}
            </span>
            {row.outlets.length > 0 ? (
              <span className="balance-outlets muted small" title={row.outlets.map((o) => `${o.name} ×${o.count}`).join('、')}>
                {row.outlets.map((o) => (o.count > 1 ? `${o.name}×${o.count}` : o.name)).join('、')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
