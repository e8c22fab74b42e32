import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTLET_CATEGORIES, type OutletCategory } from '../../../../shared/domain';
import type { WaitingSubmission } from '../../../../shared/submission';
import { formatTime } from '../../i18n/format';
import { isLanguage } from '../../i18n/language';
import { MODERATION_TID } from './moderation-testids';

/** A queued question a submission may join, as the panel names it: its place and its outlet. */
export interface MergeTarget {
  id: number;
  label: string;
}

export interface SubmissionActions {
  approve(id: number, newOutletCategory?: OutletCategory): void;
  merge(id: number, questionId: number): void;
  reject(id: number, reason: string): void;
}

/**
 * One waiting submission: who asks what, the queued questions it may repeat, and
 * approve / merge / reject as plain buttons and a select (Tab reaches each).
 * An outlet that is not in the directory is added with the category the moderator picks.
 */
export const SubmissionItem = memo(function SubmissionItem({
  submission,
  targets,
  actions,
  timeZone
}: {
  submission: WaitingSubmission;
  targets: ReadonlyMap<number, MergeTarget>;
  actions: SubmissionActions;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const [category, setCategory] = useState<OutletCategory | ''>('');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const language = isLanguage(i18n.language) ? i18n.language : 'zh';
  const newOutlet = submission.outletId === null;
  const suggested = submission.similar.filter((s) => targets.has(s.questionId));

  function reject(event: FormEvent): void {
    event.preventDefault();
    actions.reject(submission.id, reason);
  }

  return (
    <li className="moderation-item" data-testid={MODERATION_TID.item} data-submission-id={submission.id}>
      <div className="moderation-who">
        <strong>{submission.outletName}</strong>
        <span>· {submission.reporterName}</span>
        <span className="muted small">{formatTime(submission.createdAt, language, false, timeZone)}</span>
        {submission.language !== language ? <span className="moderation-lang">{submission.language.toUpperCase()}</span> : null}
      </div>
      <p className="moderation-text" title={submission.text}>
        {submission.text}
      </p>
      {suggested.map((s) => (
        <button
          key={s.questionId}
          type="button"
          className="moderation-similar small ghost"
          data-testid={MODERATION_TID.similar}
          onClick={() => actions.merge(submission.id, s.questionId)}
        >
          {t(s.reason === 'text' ? 'moderation:similarText' : 'moderation:similarOutlet', { question: targets.get(s.questionId)!.label })}
        </button>
      ))}
      {rejecting ? (
        <form className="moderation-reject" onSubmit={reject}>
          <input
            value={reason}
            maxLength={200}
            autoFocus
            placeholder={t('moderation:reasonPlaceholder')}
            aria-label={t('moderation:reason')}
            data-testid={MODERATION_TID.rejectReason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="small danger" data-testid={MODERATION_TID.rejectConfirm}>
            {t('moderation:rejectConfirm')}
          </button>
          <button type="button" className="small ghost" onClick={() => setRejecting(false)}>
            {t('moderation:cancel')}
          </button>
        </form>
      ) : (
        <div className="moderation-actions">
          {newOutlet ? (
            <select
              value={category}
              aria-label={t('moderation:newOutlet', { outlet: submission.outletName })}
              title={t('moderation:newOutlet', { outlet: submission.outletName })}
              data-testid={MODERATION_TID.category}
              onChange={(e) => setCategory(e.target.value as OutletCategory | '')}
            >
              <option value="">{t('moderation:categoryFirst')}</option>
              {OUTLET_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`common:category.${c}`)}
                </option>
              ))}
            </select>
          ) : null}
          <button
            type="button"
            className="small primary"
            disabled={newOutlet && category === ''}
            data-testid={MODERATION_TID.approve}
            onClick={() => actions.approve(submission.id, category === '' ? undefined : category)}
          >
            {t('moderation:approve')}
          </button>
          {targets.size > 0 ? (
            <select
              value=""
              aria-label={t('moderation:mergeInto')}
              data-testid={MODERATION_TID.mergeInto}
              onChange={(e) => e.target.value && actions.merge(submission.id, Number(e.target.value))}
            >
              <option value="">{t('moderation:mergeInto')}</option>
              {[...targets.values()].map((target) => (
                <option key={target.id} value={target.id}>
                  {target.label}
                </option>
              ))}
            </select>
          ) : null}
          <button type="button" className="small ghost" data-testid={MODERATION_TID.reject} onClick={() => setRejecting(true)}>
            {t('moderation:reject')}
          </button>
        </div>
      )}
    </li>
  );
});
