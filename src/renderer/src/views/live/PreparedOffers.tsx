import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestion } from '../../../../shared/prepared';
import { Kbd } from '../../components/Kbd';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { useRead } from '../../store/reads';
import { PREPARED_TOPICS } from '../prepared/use-prepared';
import { PREPARED_TID } from '../prepared/testids';
import { useAskPrepared } from './ask-prepared';

const NONE: readonly PreparedQuestion[] = [];

/**
 * Under the register form, once its outlet is known: that outlet's open prepared
 * questions. Ctrl+↓/↑ move the highlight, Alt+Enter registers the highlighted one
 * in place of typing it (it works from the form's fields).
 */
export function PreparedOffers({
  conferenceId,
  outletId,
  followUpOf,
  onTaken
}: {
  conferenceId: number;
  outletId: number;
  followUpOf: number | null;
  onTaken: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading } = useRead('prepared.forOutlet', { conferenceId, outletId }, { topics: PREPARED_TOPICS, conferenceId, marksReady: false });
  // another outlet's offers are never shown for this one while its own load: Alt+Enter must not take them
  const offers: readonly PreparedQuestion[] = loading ? NONE : (data ?? NONE);
  const [index, setIndex] = useState(0);
  const highlighted = offers.length === 0 ? -1 : Math.min(index, offers.length - 1);

  const ask = useAskPrepared();

  async function take(offer: PreparedQuestion | undefined): Promise<void> {
    if (offer && (await ask(offer.id, followUpOf))) onTaken();
  }

  useShortcuts({
    preparedNext: () => setIndex(Math.min(offers.length - 1, highlighted + 1)),
    preparedPrevious: () => setIndex(Math.max(0, highlighted - 1)),
    preparedTake: () => void take(offers[highlighted])
  });

  if (offers.length === 0) return null;
  return (
    <div className="prepared-offers" data-testid={PREPARED_TID.offers} aria-label={t('prepared:live.offersLabel')}>
      <div className="prepared-offers-head muted small">
        {t('prepared:live.offers', { count: offers.length })} <Kbd id="preparedTake" /> <Kbd id="preparedNext" />
      </div>
      <ul role="listbox" aria-label={t('prepared:live.offersLabel')}>
        {offers.map((offer, i) => (
          <li
            key={offer.id}
            role="option"
            aria-selected={i === highlighted}
            className={`prepared-offer${i === highlighted ? ' is-highlighted' : ''}`}
            data-testid={PREPARED_TID.offer(offer.id)}
            data-highlighted={i === highlighted}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setIndex(i);
              void take(offer);
            }}
          >
            {offer.reporterName ? <span className="muted">{offer.reporterName}: </span> : null}
            <span className="prepared-offer-text">{offer.text}</span>
            {offer.topic ? <span className="topic-chip">{offer.topic}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
