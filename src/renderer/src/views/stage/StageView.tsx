import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/errors';
import type { StageSnapshot } from '../../../../shared/stage';
import type { RouteParams } from '../../app/router';
import { isLanguage, localeOf } from '../../i18n/language';
import { formatClock, formatTime } from '../../i18n/format';
import { ConnectionBar } from './ConnectionBar';
import { StageHeader } from './StageHeader';
import { StageMessageLine } from './StageMessageLine';
import { askerOf, StageQuestionCard } from './StageQuestion';
import { StageTimer } from './StageTimer';
import { STAGE_TID } from './stage-testids';
import { useConnectionState, useStageSnapshot } from './use-stage-snapshot';
import './stage.css';

/** ?lang=zh|en after the route (#/stage/7?lang=en) overrides the conference's language. */
function languageFromHash(): Language | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const lang = new URLSearchParams(query).get('lang');
  return isLanguage(lang) ? lang : null;
}

function errorText(error: AppError, t: TFunction): string {
  if (error.code === 'not_found' || error.code === 'invalid_input') return t('error.notFound');
  if (error.code === 'unauthorized') return t('error.unauthorized');
  return t('error.generic', { message: error.message });
}

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
            <div className="stage-bookend-line">{t('draft.startsAt', { time: formatTime(conference.scheduledStart, language, false) })}</div>
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

/**
 * The stage display (#/stage/:id): what the spokespeople see on a second screen.
 * It has no controls at all; it reads with any token, a read-only one included,
 * and follows the conference's language unless ?lang= says otherwise.
 */
export function StageView({ params }: { params: RouteParams }) {
  const conferenceId = Number(params.id);
  const { snapshot, error } = useStageSnapshot(Number.isInteger(conferenceId) && conferenceId > 0 ? conferenceId : 0);
  const connection = useConnectionState();
  const { i18n } = useTranslation();
  const language: Language = languageFromHash() ?? snapshot?.conference.language ?? (i18n.language === 'zh' ? 'zh' : 'en');
  const { t } = useTranslation('stage', { lng: language });

  useEffect(() => {
    document.title = snapshot ? `${t('pageTitle')} · ${snapshot.conference.title}` : t('pageTitle');
  }, [snapshot, t]);

  return (
    <div
      className="stage"
      lang={localeOf(language)}
      data-testid={STAGE_TID.root}
      data-connection={connection.status}
      data-status={snapshot?.conference.status ?? 'loading'}
      data-message-id={snapshot?.message?.id ?? ''}
    >
      <ConnectionBar status={connection.status} t={t} />
      {snapshot ? <StageHeader snapshot={snapshot} language={language} t={t} /> : <header className="stage-header" />}
      {error && !snapshot ? (
        <main className="stage-main is-bookend">
          <p className="stage-error" data-testid={STAGE_TID.error}>
            {errorText(error, t)}
          </p>
        </main>
      ) : snapshot === null ? null : snapshot.conference.status === 'live' ? (
        <LiveStage snapshot={snapshot} t={t} />
      ) : (
        <Bookend snapshot={snapshot} language={language} t={t} />
      )}
    </div>
  );
}
