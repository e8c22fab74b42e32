import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Outlet } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/errors';
import { describeError } from '../../i18n/errors';
import { act } from '../../store/conference-store';
import { request, toAppError } from '../../store/request';
import { questionIndexOf } from '../live/question-index';
import { MODERATION_TID } from './moderation-testids';
import { useSubmissionBoard } from './use-submission-board';
import { DecidedSubmissions } from './DecidedSubmissions';
import { SubmissionItem, type MergeTarget, type SubmissionActions } from './SubmissionItem';
import './moderation.css';

// the QR encoder loads when the dialog first opens, not with the console
const SubmitQrDialog = lazy(() => import('./SubmitQrDialog').then((m) => ({ default: m.SubmitQrDialog })));

/**
 * Questions from the room, in the live console's side column: whether the room may submit,
 * the QR code that opens the phone page, and each waiting submission with approve / merge / reject.
 */
export function ModerationPanel({ detail, outlets }: { detail: ConferenceDetail; outlets: ReadonlyMap<number, Outlet> }) {
  const { t } = useTranslation();
  const conferenceId = detail.conference.id;
  const board = useSubmissionBoard(conferenceId);
  const [qrOpen, setQrOpen] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // the queued questions a submission may join, named by their place in the queue and their outlet
  const targets = useMemo(() => {
    const { waiting, live } = questionIndexOf(detail.questions);
    const name = (outletId: number | null, reporter: string) => (outletId !== null ? (outlets.get(outletId)?.name ?? '') : reporter);
    const map = new Map<number, MergeTarget>();
    if (live) map.set(live.id, { id: live.id, label: t('moderation:liveQuestion', { outlet: name(live.outletId, live.reporterName) }) });
    waiting.forEach((q, i) =>
      map.set(q.id, { id: q.id, label: t('moderation:queued', { number: i + 1, outlet: name(q.outletId, q.reporterName) }) })
    );
    return map;
  }, [detail.questions, outlets, t]);

  const run = useCallback((work: Promise<unknown>) => {
    work.then(() => setError(null)).catch((failure: unknown) => setError(toAppError(failure)));
  }, []);
  const actions: SubmissionActions = useMemo(
    () => ({
      approve: (id, newOutletCategory) => run(act('submission.approve', { id, edits: newOutletCategory ? { newOutletCategory } : {} })),
      merge: (id, questionId) => run(act('submission.merge', { id, questionId })),
      reject: (id, reason) => run(act('submission.reject', { id, reason }))
    }),
    [run]
  );

  const waiting = board?.waiting ?? [];
  return (
    <section className="panel moderation-panel" data-testid={MODERATION_TID.panel} aria-labelledby="moderation-heading">
      <header className="panel-head">
        <h2 id="moderation-heading">
          {t('moderation:title')}
          {waiting.length > 0 ? <span className="moderation-count">{waiting.length}</span> : null}
        </h2>
        <button type="button" className="small ghost" data-testid={MODERATION_TID.qrOpen} onClick={() => setQrOpen(true)}>
          {t('moderation:qr.open')}
        </button>
      </header>
      <label className="moderation-accepting">
        <input
          type="checkbox"
          checked={board?.accepting ?? false}
          disabled={!board}
          data-testid={MODERATION_TID.accepting}
          onChange={(e) => run(request('submission.accept', { conferenceId, accepting: e.target.checked }))}
        />
        {t('moderation:accepting')}
      </label>
      {error ? (
        <p className="moderation-qr-note is-error" role="alert" data-testid={MODERATION_TID.error}>
          {describeError(error, t).message}
        </p>
      ) : null}
      {waiting.length === 0 ? (
        <p className="muted small" data-testid={MODERATION_TID.empty}>
          {board?.accepting ? t('moderation:emptyOpen') : t('moderation:emptyClosed')}
        </p>
      ) : (
        <ul className="moderation-list">
          {waiting.map((submission) => (
            <SubmissionItem key={submission.id} submission={submission} targets={targets} actions={actions} timeZone={detail.conference.timeZone} />
          ))}
        </ul>
      )}
      <DecidedSubmissions decided={board?.decided ?? []} questions={detail.questions} outlets={outlets} />
      {qrOpen ? (
        <Suspense fallback={null}>
          <SubmitQrDialog onClose={() => setQrOpen(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}
