import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { describeError } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { useRead } from '../../store/reads';
import { TextDiff } from './TextDiff';

/** Every change made to a turn, oldest first: kind, who, when, why, and the text before and after. */
export function TurnHistory({ turnId }: { turnId: number }) {
  const { t, i18n } = useTranslation();
  // a correction of the turn publishes a "turns" change: the history is asked again then
  const { data: entries, error: failure } = useRead('turn.history', { id: turnId }, { topics: ['turns'] });
  const error = failure ? describeError(failure, t).message : null;

  if (error) return <p className="field-error">{error}</p>;
  if (!entries) return <p className="muted small">{t('common:loading')}</p>;
  if (entries.length === 0) return <p className="muted small">{t('review:history.none')}</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id} data-testid={TID.historyEntry} data-kind={entry.kind}>
          <div className="history-head">
            <span className={`pill edit-${entry.kind}`}>{t(`review:history.kinds.${entry.kind}`)}</span>
            <span className="muted small">
              {formatDateTime(entry.at, i18n.language as Language)}
              {entry.editor ? ` · ${entry.editor}` : ''}
              {entry.reason ? ` · ${entry.reason}` : ''}
            </span>
          </div>
          <TextDiff before={entry.textBefore} after={entry.textAfter} />
        </li>
      ))}
    </ol>
  );
}
