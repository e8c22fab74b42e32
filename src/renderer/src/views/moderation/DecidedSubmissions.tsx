import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outlet, Question } from '../../../../shared/domain';
import type { Submission } from '../../../../shared/submission';
import { MODERATION_TID } from './moderation-testids';

/** The last decisions shown; the report has them all. */
const SHOWN = 10;

/**
 * What became of the submissions already decided, newest first, folded away: who asked what,
 * and the question it became or joined (so a merged reporter is not forgotten when that question is called).
 */
export function DecidedSubmissions({
  decided,
  questions,
  outlets
}: {
  decided: readonly Submission[];
  questions: readonly Question[];
  outlets: ReadonlyMap<number, Outlet>;
}) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  if (decided.length === 0) return null;

  function outcome(submission: Submission): string {
    if (submission.status === 'rejected') {
      return submission.reason ? t('moderation:decided.rejectedBecause', { reason: submission.reason }) : t('moderation:decided.rejected');
    }
    const question = submission.questionId === null ? undefined : byId.get(submission.questionId);
    const outlet = question ? (question.outletId !== null ? (outlets.get(question.outletId)?.name ?? '') : question.reporterName) : '';
    return submission.status === 'merged' ? t('moderation:decided.merged', { outlet }) : t('moderation:decided.approved');
  }

  return (
    <details className="moderation-decided" data-testid={MODERATION_TID.decided}>
      <summary>{t('moderation:decided.title', { count: decided.length })}</summary>
      <ul>
        {decided.slice(0, SHOWN).map((submission) => (
          <li key={submission.id} data-status={submission.status}>
            <strong>{submission.outletName}</strong> · {submission.reporterName}
            {t('moderation:decided.separator')}
            {outcome(submission)}
          </li>
        ))}
      </ul>
    </details>
  );
}
