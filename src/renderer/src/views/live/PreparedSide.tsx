import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestion } from '../../../../shared/prepared';
import { VirtualList } from '../../components/VirtualList';
import { PREPARED_TID } from '../prepared/testids';
import { useAskPrepared } from './ask-prepared';

const Row = memo(function Row({ question: q, canAsk }: { question: PreparedQuestion; canAsk: boolean }) {
  const { t } = useTranslation('prepared');
  const ask = useAskPrepared();
  return (
    <div className={`prepared-side-row status-${q.status}`} data-testid={PREPARED_TID.sideRow(q.id)} data-status={q.status}>
      <div className="prepared-side-head">
        <strong>{q.outletName || t('list.noOutlet')}</strong>
        {q.reporterName ? <span className="muted small">{q.reporterName}</span> : null}
        {q.topic ? <span className="topic-chip">{q.topic}</span> : null}
        {q.status === 'open' && canAsk ? (
          <button type="button" className="small" onClick={() => void ask(q.id)} data-testid={PREPARED_TID.ask(q.id)}>
            {t('live.ask')}
          </button>
        ) : (
          <span className={`badge status-${q.status}`}>{t(`status.${q.status}`)}</span>
        )}
      </div>
      <p className="prepared-side-text">{q.text}</p>
    </div>
  );
});

const keyOf = (q: PreparedQuestion) => q.id;

/**
 * The prepared questions (报题) beside the queue, apart from it: the open ones first,
 * each registered with one click when its reporter rises; those asked or dropped below.
 */
export function PreparedSide({ questions, canAsk }: { questions: readonly PreparedQuestion[]; canAsk: boolean }) {
  const { t } = useTranslation('prepared');
  const ordered = [...questions.filter((q) => q.status === 'open'), ...questions.filter((q) => q.status !== 'open')];
  return (
    <VirtualList
      items={ordered}
      estimateSize={72}
      itemKey={keyOf}
      renderItem={(q) => <Row question={q} canAsk={canAsk} />}
      testId={PREPARED_TID.side}
      className="queue-scroll prepared-side"
      empty={<p className="empty pad">{t('live.noneSide')}</p>}
    />
  );
}
