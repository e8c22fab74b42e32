import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outlet, Participant, Question, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { CategoryBadge } from '../../components/badges';
import { Kbd } from '../../components/Kbd';
import { formatClock } from '../../i18n/format';
import { useServerNow } from '../../store/clock';
import { startFollowUp } from '../../store/live-ui';
import { AlsoAskedFromPhones } from '../moderation/AlsoAskedFromPhones';
import { AnswerCapture } from './AnswerCapture';
import type { LiveActions } from './live-actions';
import { answeringCandidates } from './speakers';

/** How long ago the question was called, labelled so it is not read as the segment's timer. */
function SinceAsked({ askedAt }: { askedAt: number }) {
  const { t } = useTranslation();
  const now = useServerNow();
  return <span className="since">{t('live:question.sinceAsked', { time: formatClock(now - askedAt) })}</span>;
}

/** The question being answered, large, with the answer capture and the ways to close it. */
export const LiveQuestion = memo(function LiveQuestion({
  question,
  outlet,
  participants,
  turns,
  isLast,
  followsOutlet,
  actions
}: {
  question: Question;
  outlet: Outlet | undefined;
  participants: readonly Participant[];
  turns: readonly Turn[] | undefined;
  isLast: boolean;
  followsOutlet: string | undefined;
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState('');
  const candidates = useMemo(() => answeringCandidates(participants), [participants]);
  const own = useMemo(() => (turns ?? []).filter((turn) => turn.questionId === question.id), [turns, question.id]);
  const askingTurn = own.find((turn) => turn.speakerKind === 'reporter');
  const answers = useMemo(() => own.filter((turn) => turn.speakerKind === 'participant'), [own]);
  const addressed = participants.find((p) => p.id === question.addressedToId);
  const id = question.id;

  return (
    <section className="live-question" data-testid={TID.liveQuestion} aria-labelledby="lq-outlet">
      <header className="lq-head">
        <span className="lq-label">{t('live:question.now')}</span>
        <h2 id="lq-outlet" className="lq-outlet" data-testid={TID.liveQuestionOutlet}>
          {outlet?.name ?? (question.reporterName || t('live:queue.noOutlet'))}
          {outlet ? <span className="lq-suffix">{t('live:question.reporterSuffix')}</span> : null}
        </h2>
        {outlet ? <CategoryBadge category={outlet.category} /> : null}
        {isLast ? <span className="pill last-pill">{t('live:queue.lastQuestion')}</span> : null}
        <span className="spacer" />
        {question.askedAt ? <SinceAsked askedAt={question.askedAt} /> : null}
      </header>
      <div className="lq-meta">
        {outlet && question.reporterName ? <span>{question.reporterName}</span> : null}
        {addressed ? <span>→ {addressed.name}</span> : null}
        {followsOutlet ? <span>↳ {t('live:queue.followUpOf', { outlet: followsOutlet })}</span> : null}
        <AlsoAskedFromPhones conferenceId={question.conferenceId} questionId={id} />
      </div>
      <div className="lq-close">
        <button type="button" className="ok" onClick={() => void actions.close(id, 'answered')} data-testid={TID.closeAnswered}>
          {t('live:close.answered')} <Kbd id="answered" />
        </button>
        <button type="button" onClick={() => void actions.close(id, 'written_reply')} data-testid={TID.closeWrittenReply}>
          {t('live:close.written_reply')} <Kbd id="writtenReply" />
        </button>
        <button type="button" onClick={() => void actions.close(id, 'withdrawn')} data-testid={TID.closeWithdrawn}>
          {t('live:close.withdrawn')} <Kbd id="withdrawn" />
        </button>
        <span className="spacer" />
        <button type="button" className="ghost" onClick={() => void actions.toggleLast(id)} data-testid={TID.markLast(id)}>
          {isLast ? t('live:queue.unmarkLast') : t('live:queue.markLastShort')} <Kbd id="markLast" />
        </button>
        <button type="button" className="ghost" data-testid={TID.followUp} onClick={() => startFollowUp(id)}>
          {t('live:question.followUp')} <Kbd id="followUp" />
        </button>
      </div>
      {askingTurn || question.text ? (
        <p className="lq-text">{askingTurn?.text ?? question.text}</p>
      ) : (
        <form
          className="asked-entry"
          onSubmit={(e) => {
            e.preventDefault();
            if (!asked.trim()) return;
            void actions
              .say({ speakerKind: 'reporter', outletId: question.outletId, reporterName: question.reporterName, questionId: id, text: asked.trim() })
              .then((turn) => turn && setAsked(''));
          }}
        >
          <input
            value={asked}
            onChange={(e) => setAsked(e.target.value)}
            placeholder={t('live:question.askedPlaceholder')}
            aria-label={t('live:question.asked')}
            data-testid={TID.askedText}
          />
          <button type="submit" data-testid={TID.askedSubmit}>
            {t('live:question.recordAsked')}
          </button>
        </form>
      )}
      <AnswerCapture question={question} candidates={candidates} answers={answers} actions={actions} />
    </section>
  );
});
