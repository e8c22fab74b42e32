import type { TFunction } from 'i18next';
import type { StageQuestion as Question } from '../../../../shared/stage';
import { STAGE_TID } from './stage-testids';
import { useFitLines } from './use-fit-lines';

/** Longer questions get a smaller type, down to a size still read from the back of the room; then they clamp. */
function lengthClass(text: string): string {
  const length = Array.from(text).length;
  if (length <= 60) return 'len-s';
  if (length <= 140) return 'len-m';
  if (length <= 260) return 'len-l';
  return 'len-xl';
}

/** Who asks: the outlet, and the reporter's name when it was taken. */
export function askerOf(question: Question, t: TFunction): string {
  const parts = [question.outletName, question.reporterName].filter((part) => part.trim() !== '');
  return parts.length > 0 ? parts.join(' · ') : t('question.reporter');
}

/** The question being answered (or, when none is, the next one): who asks, whom, and what. */
export function StageQuestionCard({ question, live, t }: { question: Question; live: boolean; t: TFunction }) {
  const text = question.text.trim();
  const textRef = useFitLines<HTMLParagraphElement>(text);
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
      {text ? (
        <p ref={textRef} className={`stage-question-text ${lengthClass(text)}`} data-testid={STAGE_TID.questionText}>
          {question.text}
        </p>
      ) : null}
    </section>
  );
}
