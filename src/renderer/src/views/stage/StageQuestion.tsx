import type { TFunction } from 'i18next';
import type { StageQuestion as Question } from '../../../../shared/stage';
import { STAGE_TID } from './stage-testids';

/** Who asks: the outlet, and the reporter's name when it was taken. */
export function askerOf(question: Question, t: TFunction): string {
  const parts = [question.outletName, question.reporterName].filter((part) => part.trim() !== '');
  return parts.length > 0 ? parts.join(' · ') : t('question.reporter');
}

/** The question being answered (or, when none is, the next one): who asks, whom, and what. */
export function StageQuestionCard({ question, live, t }: { question: Question; live: boolean; t: TFunction }) {
  return (
    <section
      className={`stage-question ${live ? 'is-live' : 'is-next'}`}
      data-testid={STAGE_TID.question}
      data-question-id={question.id}
      data-live={live}
    >
      <div className="stage-question-head">
        <span className="stage-question-kicker">{live ? t('question.live') : t('question.next')}</span>
        {question.isFollowUp ? <span className="stage-badge">{t('question.followUp')}</span> : null}
        {question.isLast ? <span className="stage-badge is-last">{t('question.last')}</span> : null}
      </div>
      <div className="stage-question-outlet" data-testid={STAGE_TID.questionOutlet}>
        {askerOf(question, t)}
      </div>
      {question.addressedTo ? (
        <div className="stage-question-to" data-testid={STAGE_TID.questionTo}>
          {t('question.to', { name: question.addressedTo.name })}
        </div>
      ) : null}
      {question.text.trim() ? (
        <p className="stage-question-text" data-testid={STAGE_TID.questionText}>
          {question.text}
        </p>
      ) : null}
    </section>
  );
}
