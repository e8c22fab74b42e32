import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain';
import type { StageSnapshot } from '../../../../shared/stage';
import { formatClock, formatTime } from '../../i18n/format';
import { StageHeader } from './StageHeader';
import { StageMessageLine } from './StageMessageLine';
import { askerOf, StageQuestionCard } from './StageQuestion';
import { StageTimer } from './StageTimer';
import { STAGE_TID } from './stage-testids';

function Cue({ snapshot, t }: { snapshot: StageSnapshot; t: TFunction }) {
  const { segment } = snapshot;
  const speaker = segment?.speaker;
  return (
    <div className="stage-cue">
      <h1 className="stage-segment-title" data-testid={STAGE_TID.segmentTitle}>
        {segment ? segment.title : t('segment.none')}
      </h1>
      {speaker ? (
        <div className="stage-speaker" data-testid={STAGE_TID.speaker}>
          <span className="stage-speaker-name">{speaker.name}</span>
          {speaker.title ? <span className="stage-speaker-title">{speaker.title}</span> : null}
        </div>
      ) : null}
      <StageTimer snapshot={snapshot} t={t} />
    </div>
  );
}

/** The foot line: the next question while one is answered, else the next segment. */
function NextLine({ snapshot, t }: { snapshot: StageSnapshot; t: TFunction }) {
  const { question, nextQuestion, nextSegment, waitingCount } = snapshot;
  if (question && nextQuestion) {
    return (
      <footer className="stage-next" data-testid={STAGE_TID.next} data-question-id={nextQuestion.id}>
        <span className="stage-next-kicker">{t('question.next')}</span>
        <span className="stage-next-body">
          {askerOf(nextQuestion, t)}
          {nextQuestion.text.trim() ? ` — ${nextQuestion.text}` : ''}
        </span>
        <span className="stage-next-count">{t('question.waiting', { count: waitingCount })}</span>
      </footer>
    );
  }
  if (nextSegment) {
    return (
      <footer className="stage-next" data-testid={STAGE_TID.next}>
        <span className="stage-next-body">{t('segment.next', { title: nextSegment.title })}</span>
        {waitingCount > 0 ? <span className="stage-next-count">{t('question.waiting', { count: waitingCount })}</span> : null}
      </footer>
    );
  }
  return <footer className="stage-next is-empty" />;
}

/** During the conference: the cue and its timer, the question, the message, what comes next. */
function LiveStage({ snapshot, t }: { snapshot: StageSnapshot; t: TFunction }) {
  const shown = snapshot.question ?? snapshot.nextQuestion;
  return (
    <>
      <main className="stage-main">
        <Cue snapshot={snapshot} t={t} />
        {shown ? <StageQuestionCard question={shown} live={shown === snapshot.question} t={t} /> : <div className="stage-question is-empty" />}
      </main>
      <StageMessageLine message={snapshot.message} />
      <NextLine snapshot={snapshot} t={t} />
    </>
  );
}

/** Before the start and after the end: one calm statement, and the message line. */
function Bookend({ snapshot, language, t }: { snapshot: StageSnapshot; language: Language; t: TFunction }) {
  const { conference, nextSegment } = snapshot;
  const draft = conference.status === 'draft';
  return (
    <>
      <main className="stage-main is-bookend">
        <div className="stage-bookend">
          <h1 className="stage-bookend-title" data-testid={STAGE_TID.segmentTitle}>
            {draft ? t('draft.title') : t('ended.title')}
          </h1>
          {draft && conference.scheduledStart !== null ? (
            <div className="stage-bookend-line">
              {t('draft.startsAt', { time: formatTime(conference.scheduledStart, language, false, conference.timeZone) })}
            </div>
          ) : null}
          {draft && nextSegment ? <div className="stage-bookend-line">{t('draft.firstSegment', { title: nextSegment.title })}</div> : null}
          {!draft && conference.startedAt !== null && conference.endedAt !== null ? (
            <div className="stage-bookend-line">{t('ended.duration', { time: formatClock(conference.endedAt - conference.startedAt) })}</div>
          ) : null}
          {draft ? <StageTimer snapshot={snapshot} t={t} /> : null}
        </div>
      </main>
      <StageMessageLine message={snapshot.message} />
      <footer className="stage-next is-empty" />
    </>
  );
}

/** One conference's stage, drawn from its snapshot. */
export function StageScreen({ snapshot, language, t }: { snapshot: StageSnapshot; language: Language; t: TFunction }) {
  return (
    <>
      <StageHeader snapshot={snapshot} language={language} t={t} />
      {snapshot.conference.status === 'live' ? <LiveStage snapshot={snapshot} t={t} /> : <Bookend snapshot={snapshot} language={language} t={t} />}
    </>
  );
}
