import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { sideBySide, type DiffPart } from './text-diff';

function Side({ parts, changedAs, label, testId }: { parts: DiffPart[]; changedAs: 'del' | 'ins'; label: string; testId: string }) {
  const Changed = changedAs;
  return (
    <div className={`diff-side diff-${changedAs === 'del' ? 'before' : 'after'}`} data-testid={testId}>
      <div className="diff-label">{label}</div>
      <p className="diff-text">
        {parts.map((part, index) =>
          part.changed ? (
            <Changed key={index}>{part.text}</Changed>
          ) : (
            <span key={index} className={part.elided ? 'diff-elided' : undefined}>
              {part.text}
            </span>
          )
        )}
      </p>
    </div>
  );
}

/** The text before and after one change, what changed marked in each: side by side when there is room (review.css). */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const diff = useMemo(() => sideBySide(before, after), [before, after]);
  return (
    <div className="history-diff">
      <Side parts={diff.before} changedAs="del" label={t('review:history.before')} testId={TID.historyBefore} />
      {after ? <Side parts={diff.after} changedAs="ins" label={t('review:history.after')} testId={TID.historyAfter} /> : null}
    </div>
  );
}
