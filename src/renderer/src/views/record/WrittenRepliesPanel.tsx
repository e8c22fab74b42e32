import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Outlet } from '../../../../shared/domain';
import { RECORD_TID } from './testids';
import { WrittenReplyButton } from './WrittenReplyButton';

/**
 * The review's list of questions left for a written reply (会后书面答复):
 * each with its outlet and question, and the reply once it is in, as the
 * exports print them in their appendix. Nothing shows when there are none;
 * it opens by itself while a reply is awaited, and is folded away once all are in.
 */
export function WrittenRepliesPanel({ detail, outlets }: { detail: ConferenceDetail; outlets: ReadonlyMap<number, Outlet> }) {
  const { t } = useTranslation();
  const questions = detail.questions.filter((q) => q.status === 'written_reply');
  if (questions.length === 0) return null;
  const replies = new Map(detail.writtenReplies.map((r) => [r.questionId, r]));
  const participants = new Map(detail.participants.map((p) => [p.id, p]));
  const pending = questions.filter((q) => !replies.has(q.id)).length;
  return (
    <details className="panel replies-panel" data-testid={RECORD_TID.repliesPanel} open={pending > 0}>
      <summary className="replies-summary">
        {t('record:replies.heading')} <span className="muted">{t('record:replies.count', { count: questions.length, pending })}</span>
      </summary>
      <ol className="replies-list">
        {questions.map((q) => {
          const reply = replies.get(q.id);
          const answerer = reply ? participants.get(reply.participantId) : undefined;
          return (
            <li key={q.id} className="replies-item">
              <div className="replies-question">
                <strong>{(q.outletId !== null ? outlets.get(q.outletId)?.name : undefined) ?? (q.reporterName || t('live:queue.noOutlet'))}</strong>{' '}
                {q.text}
              </div>
              {reply ? (
                <div className="replies-answer" data-testid={RECORD_TID.reply(q.id)}>
                  <span className="replies-who">
                    {answerer?.label || answerer?.name} · {reply.repliedOn}
                  </span>
                  <p>{reply.text}</p>
                </div>
              ) : (
                <p className="muted">{t('record:replies.none')}</p>
              )}
              <WrittenReplyButton question={q} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
