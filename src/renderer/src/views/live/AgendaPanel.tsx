import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, Participant, Segment } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { formatClock } from '../../i18n/format';
import { useServerNow } from '../../store/clock';
import { indexById } from './derive';
import type { LiveActions } from './live-actions';
import { segmentTiming } from './timing';

const ICONS: Record<Segment['status'], string> = { pending: '○', live: '●', done: '✓', skipped: '⤼' };

function LiveActual({ segment }: { segment: Segment }) {
  const now = useServerNow();
  const timing = segmentTiming(segment, now);
  return <span className={`actual tone-${timing.tone}`}>{formatClock(timing.elapsedMs)}</span>;
}

const AgendaRow = memo(function AgendaRow({
  segment,
  speaker,
  running,
  actions
}: {
  segment: Segment;
  speaker: Participant | undefined;
  running: boolean;
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const planned = (segment.plannedSeconds + segment.extendedSeconds) * 1000;
  const done = segment.status === 'done' || segment.status === 'skipped';
  const timing = done ? segmentTiming(segment, 0) : null;
  return (
    <li className={`agenda-item is-${segment.status}`} data-testid={TID.live.segment(segment.id)} data-status={segment.status}>
      <span className="agenda-icon" aria-label={t(`common:segmentStatus.${segment.status}`)}>
        {ICONS[segment.status]}
      </span>
      <div className="agenda-body">
        <div className="agenda-title">{segment.title || t(`common:segmentKind.${segment.kind}`)}</div>
        <div className="agenda-meta">
          {speaker ? <span>{speaker.name}</span> : null}
          <span className="times">
            {segment.status === 'live' ? (
              <LiveActual segment={segment} />
            ) : timing && segment.startedAt ? (
              <span className={`actual tone-${timing.tone}`}>{formatClock(timing.elapsedMs)}</span>
            ) : null}
            <span className="planned"> / {formatClock(planned)}</span>
          </span>
        </div>
      </div>
      {running ? (
        <div className="agenda-actions">
          {segment.status !== 'live' ? (
            <button
              type="button"
              className="icon"
              title={t('live:agenda.goTo')}
              aria-label={t('live:agenda.goTo')}
              onClick={() => void actions.goTo(segment.id)}
              data-testid={TID.live.goTo(segment.id)}
            >
              ▶
            </button>
          ) : null}
          {segment.status === 'pending' || segment.status === 'live' ? (
            <button
              type="button"
              className="icon"
              title={t('live:agenda.skip')}
              aria-label={t('live:agenda.skip')}
              onClick={() => void actions.skip(segment.id)}
              data-testid={TID.live.skip(segment.id)}
            >
              ⤼
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});

/** The agenda with each segment's status and its actual time against the plan. */
export function AgendaPanel({
  conference,
  segments,
  participants,
  actions,
  tools
}: {
  conference: Conference;
  segments: readonly Segment[];
  participants: readonly Participant[];
  actions: LiveActions;
  tools?: ReactNode;
}) {
  const { t } = useTranslation();
  const byId = indexById(participants);
  return (
    <section className="panel live-agenda" aria-labelledby="live-agenda-heading">
      <header className="panel-head">
        <h2 id="live-agenda-heading">{t('live:agenda.heading')}</h2>
        {tools}
      </header>
      <ol className="agenda" data-testid={TID.live.agenda}>
        {segments.map((segment) => (
          <AgendaRow
            key={segment.id}
            segment={segment}
            speaker={segment.speakerId ? byId.get(segment.speakerId) : undefined}
            running={conference.status === 'live'}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
}
