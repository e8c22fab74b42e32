import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Outlet, Turn } from '../../../../shared/domain';
import { conferencePath, hrefOf } from '../../app/router';
import { Kbd } from '../../components/Kbd';
import { liveSegmentOf } from './derive';
import { questionIndexOf } from './question-index';
import type { LiveActions } from './live-actions';
import { LiveQuestion } from './LiveQuestion';
import { RemarkBar } from './RemarkBar';
import { StatementReader } from './StatementReader';

function Checklist({ detail }: { detail: ConferenceDetail }) {
  const { t } = useTranslation();
  const spokespeople = detail.participants.filter((p) => p.role === 'spokesperson').length;
  const host = detail.participants.some((p) => p.role === 'host');
  const statement = detail.segments.some((s) => s.preparedText.trim());
  const items = [
    { ok: host, text: t('live:draft.host') },
    { ok: spokespeople > 0, text: t('live:draft.spokespeople', { count: spokespeople }) },
    { ok: detail.segments.length > 0, text: t('live:draft.agenda', { count: detail.segments.length }) },
    { ok: statement, text: t('live:draft.statement') }
  ];
  return (
    <div className="now-idle">
      <h2>{t('live:draft.heading')}</h2>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.text} className={item.ok ? 'ok' : 'todo'}>
            <span aria-hidden="true">{item.ok ? '✓' : '•'}</span> {item.text}
          </li>
        ))}
      </ul>
      <p>
        <a href={hrefOf(conferencePath(detail.conference.id, 'setup'))}>{t('live:draft.toSetup')}</a>
      </p>
      <p className="muted">
        {t('live:draft.start')} <Kbd id="advance" />
      </p>
    </div>
  );
}

/** The middle of the console: the live question, else the prepared text, else what to do next; and the remark bar. */
export const NowPanel = memo(function NowPanel({
  detail,
  turns,
  outlets,
  actions
}: {
  detail: ConferenceDetail;
  turns: readonly Turn[] | undefined;
  outlets: ReadonlyMap<number, Outlet>;
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const { conference, segments, questions, participants } = detail;
  const segment = liveSegmentOf(segments);
  const index = questionIndexOf(questions);
  const question = index.live;
  const waiting = index.waiting.length;
  const follows = question?.followUpOf ? index.byId.get(question.followUpOf) : undefined;

  let body;
  if (conference.status === 'draft') body = <Checklist detail={detail} />;
  else if (question) {
    body = (
      <LiveQuestion
        question={question}
        outlet={question.outletId !== null ? outlets.get(question.outletId) : undefined}
        participants={participants}
        turns={turns}
        isLast={conference.lastQuestionId === question.id}
        followsOutlet={follows ? (outlets.get(follows.outletId ?? -1)?.name ?? follows.reporterName) : undefined}
        actions={actions}
      />
    );
  } else if (segment && segment.preparedText.trim()) {
    body = <StatementReader segment={segment} participants={participants} turns={turns} actions={actions} />;
  } else if (conference.status === 'ended') {
    body = (
      <div className="now-idle">
        <h2>{t('live:ended.heading')}</h2>
        <p>
          <a className="button primary" href={hrefOf(conferencePath(conference.id, 'review'))}>
            {t('live:actions.review')}
          </a>
        </p>
      </div>
    );
  } else {
    body = (
      <div className="now-idle">
        <h2>{segment ? segment.title : t('live:header.between')}</h2>
        {segment?.kind === 'qa' || waiting > 0 ? (
          <p className="big-hint">
            {waiting > 0 ? t('live:idle.callNext', { count: waiting }) : t('live:idle.noneWaiting')}{' '}
            {waiting > 0 ? <Kbd id="callNext" /> : <Kbd id="register" />}
          </p>
        ) : (
          <p className="big-hint">
            {t('live:idle.remark')} <Kbd id="remark" />
          </p>
        )}
      </div>
    );
  }

  return (
    <section className="now-panel panel" aria-label={t('live:now')}>
      <div className="now-body">{body}</div>
      {conference.status === 'live' ? <RemarkBar participants={participants} lastTurn={turns?.at(-1)} actions={actions} /> : null}
    </section>
  );
});
