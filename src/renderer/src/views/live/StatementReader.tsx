import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Segment, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { setLiveUi, useLiveUi } from '../../store/live-ui';
import { splitParagraphs } from '../setup/statement-file';
import { deliveredParagraphs, statementReaderOf } from './derive';
import type { LiveActions } from './live-actions';

/**
 * The prepared text of the live segment, paragraph by paragraph. Marking a
 * paragraph delivered records it as the reader's turn, so the transcript
 * carries what was actually read out, in order.
 */
export const StatementReader = memo(function StatementReader({
  segment,
  participants,
  turns,
  actions
}: {
  segment: Segment;
  participants: readonly Participant[];
  turns: readonly Turn[] | undefined;
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const choice = useLiveUi((s) => s.statementSpeakerId);
  const paragraphs = useMemo(() => splitParagraphs(segment.preparedText), [segment.preparedText]);
  const delivered = useMemo(() => deliveredParagraphs(paragraphs, turns, segment.id), [paragraphs, turns, segment.id]);
  const reader = statementReaderOf(segment, participants, choice);
  const next = paragraphs.findIndex((_, i) => !delivered.has(i));
  const nextRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    nextRef.current?.scrollIntoView({ block: 'center' });
  }, [next]);

  return (
    <section className="statement-reader" data-testid={TID.statement} aria-labelledby="statement-heading">
      <header className="sr-head">
        <h2 id="statement-heading">{t('live:statement.heading')}</h2>
        <span className="muted small">{t('live:statement.progress', { done: delivered.size, count: paragraphs.length })}</span>
        <span className="spacer" />
        <select
          aria-label={t('live:statement.speaker')}
          value={reader ?? ''}
          onChange={(e) => setLiveUi({ statementSpeakerId: Number(e.target.value) })}
        >
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={next < 0 || reader === null}
          onClick={() => void actions.deliver()}
          data-testid={TID.deliverNext}
        >
          {t('live:statement.deliverNext')} <Kbd id="deliverNext" />
        </button>
      </header>
      <ol className="paragraphs">
        {paragraphs.map((paragraph, index) => (
          <li
            key={index}
            ref={index === next ? nextRef : undefined}
            className={delivered.has(index) ? 'delivered' : index === next ? 'next' : undefined}
            data-testid={TID.paragraph(index)}
            data-delivered={delivered.has(index)}
          >
            <button
              type="button"
              className="para-mark"
              onClick={() => void actions.deliver(index)}
              disabled={delivered.has(index)}
              aria-label={t('live:statement.mark', { index: index + 1 })}
            >
              {delivered.has(index) ? '✓' : index + 1}
            </button>
            <p>{paragraph}</p>
          </li>
        ))}
      </ol>
    </section>
  );
});
