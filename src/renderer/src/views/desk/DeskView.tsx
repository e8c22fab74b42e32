import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain';
import type { Topic } from '../../../../shared/events';
import type { DeskView as DeskData } from '../../../../shared/prepared';
import type { RouteParams } from '../../app/router';
import { useHashPath } from '../../app/router';
import { describeError } from '../../i18n/errors';
import { isLanguage, localeOf } from '../../i18n/language';
import { useRead } from '../../store/reads';
import { PREPARED_TID } from '../prepared/testids';
import { ConnectionBar } from '../stage/ConnectionBar';
import { useFrameValue } from '../stage/use-frame-value';
import { useLiveConferenceId } from '../stage/use-live-conference';
import { useConnectionState } from '../stage/use-stage-snapshot';
import { DeskCard } from './DeskCard';
import { cardShown, deskTimer, deskTimerKey, spokespersonOf } from './desk-timer';
import './desk.css';

/** A send ('desk'), the question and agenda ('conference'), a card edited while shown ('prepared'), an outlet renamed. */
const DESK_TOPICS: readonly Topic[] = ['desk', 'prepared', 'conference', 'conferences', 'directory', 'stage'];

function languageOf(path: string, conference: Language | undefined, ui: string): Language {
  const lang = new URLSearchParams(path.split('?')[1] ?? '').get('lang');
  return isLanguage(lang) ? lang : (conference ?? (ui === 'zh' ? 'zh' : 'en'));
}

function DeskTimer({ desk, t }: { desk: DeskData; t: TFunction }) {
  const view = useFrameValue((now) => deskTimer(desk, now), deskTimerKey);
  if (!view) return null;
  const label =
    view.kind === 'answer'
      ? view.reads === 'over'
        ? 'timer.answerOver'
        : 'timer.answerLeft'
      : view.reads === 'over'
        ? 'timer.segmentOver'
        : 'timer.segmentLeft';
  return (
    <div className={`desk-timer state-${view.state}`} data-testid={PREPARED_TID.deskTimer} data-state={view.state} data-kind={view.kind} role="timer">
      <span className="desk-timer-label">{t(label)}</span>
      <span className="desk-timer-digits">{view.text}</span>
    </div>
  );
}

function DeskScreen({ desk, spokesperson, t }: { desk: DeskData; spokesperson: number | null; t: TFunction }) {
  const q = desk.question;
  const shown = cardShown(desk.card, spokesperson);
  const toYou = q?.addressedTo && spokesperson !== null && q.addressedTo.participantId === spokesperson;
  return (
    <>
      <header className="desk-head">
        <span className="desk-title">{desk.conference.title}</span>
        <DeskTimer desk={desk} t={t} />
      </header>
      <section className="desk-question" data-testid={PREPARED_TID.deskQuestion} data-question-id={q?.id ?? ''}>
        {q ? (
          <>
            <div className="desk-asker">
              <strong>{[q.outletName, q.reporterName].filter(Boolean).join(' · ') || t('reporter')}</strong>
              {q.addressedTo ? (
                <span className={`desk-to${toYou ? ' is-you' : ''}`}>{toYou ? t('toYou') : t('to', { name: q.addressedTo.name })}</span>
              ) : null}
            </div>
            <p className="desk-question-text">{q.text}</p>
          </>
        ) : (
          <p className="desk-idle">{desk.conference.status === 'ended' ? t('ended') : t('noQuestion')}</p>
        )}
      </section>
      {shown === 'card' ? <DeskCard card={desk.card!} t={t} /> : null}
      {shown === 'other' ? (
        <p className="desk-other" data-testid={PREPARED_TID.deskOther}>
          {t('otherCard')}
        </p>
      ) : null}
      {shown === 'none' ? (
        <p className="desk-empty" data-testid={PREPARED_TID.deskEmpty}>
          {t('noCard')}
        </p>
      ) : null}
    </>
  );
}

function ConferenceDesk({ conferenceId, path }: { conferenceId: number; path: string }) {
  const { i18n } = useTranslation();
  const { data, error } = useRead('desk.get', { conferenceId }, { topics: DESK_TOPICS, conferenceId, quietNetworkFailures: true });
  const language = languageOf(path, data?.conference.language, i18n.language);
  const { t } = useTranslation('desk', { lng: language });
  const { t: ts } = useTranslation('stage', { lng: language });
  const connection = useConnectionState();
  useEffect(() => {
    document.title = data ? `${t('pageTitle')} · ${data.conference.title}` : t('pageTitle');
  }, [data, t]);
  return (
    <div
      className="desk"
      lang={localeOf(language)}
      data-testid={PREPARED_TID.desk}
      data-status={data?.conference.status ?? 'loading'}
      data-revision={data?.revision ?? ''}
    >
      <ConnectionBar status={connection.status} t={ts} />
      {data ? (
        <DeskScreen desk={data} spokesperson={spokespersonOf(path)} t={t} />
      ) : error ? (
        <p className="desk-idle">
          {error.code === 'forbidden' || error.code === 'unauthorized' ? t('forbidden') : t('error', { message: describeError(error, t).message })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The spokesperson's desk (#/desk/:id, or #/desk following the live conference):
 * the question being asked, the time left and the answer-point card the moderator
 * sent, large enough to read on a tablet at arm's length. No controls. Reads only
 * desk.get, pushed by change events: a send shows at once, without polling.
 * ?spokesperson=<participant id> makes it one person's desk; ?lang= sets its language.
 */
export function DeskView({ params }: { params: RouteParams }) {
  const path = useHashPath();
  const fixed = params.id === undefined ? null : Number(params.id);
  const followed = useLiveConferenceId(fixed === null);
  const { t } = useTranslation('desk');
  const id = fixed ?? followed.id;
  if (id !== null) return <ConferenceDesk key={id} conferenceId={Number.isInteger(id) && id > 0 ? id : 0} path={path} />;
  return (
    <div className="desk" data-testid={PREPARED_TID.desk} data-status="none">
      {followed.loaded ? <p className="desk-idle">{t('noLive')}</p> : null}
    </div>
  );
}
