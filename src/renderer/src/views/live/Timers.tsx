import { useTranslation } from 'react-i18next';
import type { Conference, Segment } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { formatClock } from '../../i18n/format';
import { useServerNow } from '../../store/clock';
import { conferenceTiming, segmentTiming, shownRemainingMs } from './timing';

/**
 * The large timer of the live segment: elapsed in big digits, remaining or
 * overtime beneath, coloured by tone so it reads from across a desk.
 * Only these small components redraw with the clock.
 */
export function SegmentTimer({ segment }: { segment: Segment | null }) {
  const { t } = useTranslation();
  const now = useServerNow();
  if (!segment) {
    return (
      <div className="big-timer tone-idle">
        <div className="big-digits" data-testid={TID.live.timerElapsed}>
          00:00
        </div>
        <div className="timer-sub" data-testid={TID.live.timerRemaining} data-tone="idle">
          {t('live:timer.noSegment')}
        </div>
      </div>
    );
  }
  const timing = segmentTiming(segment, now);
  const over = timing.remainingMs < 0;
  return (
    <div className={`big-timer tone-${timing.tone}`} role="timer" aria-live="off">
      <div className="big-digits" data-testid={TID.live.timerElapsed}>
        {formatClock(timing.elapsedMs)}
      </div>
      <div className="timer-sub" data-testid={TID.live.timerRemaining} data-tone={timing.tone}>
        {timing.plannedMs <= 0
          ? t('live:timer.unplanned')
          : over
            ? t('live:timer.overtime', { time: formatClock(-timing.remainingMs) })
            : t('live:timer.remaining', { time: formatClock(shownRemainingMs(timing.remainingMs)) })}
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${timing.fraction * 100}%` }} />
      </div>
      <div className="timer-plan">
        {t('live:timer.planned', { time: formatClock(segment.plannedSeconds * 1000) })}
        {segment.extendedSeconds > 0 ? ` + ${formatClock(segment.extendedSeconds * 1000)}` : ''}
      </div>
    </div>
  );
}

/** The whole conference against its plan (extensions included) and where the agenda is heading. */
export function ConferenceTimer({ conference, segments }: { conference: Conference; segments: readonly Segment[] }) {
  const { t } = useTranslation();
  const now = useServerNow();
  const timing = conferenceTiming(conference, segments, now);
  const projectedOver = timing.projectedMs > timing.plannedMs;
  return (
    <div className={`conference-timer tone-${timing.tone}`}>
      <div className="ct-row">
        <span className="ct-label">{t('live:timer.conference')}</span>
        <span className="ct-value" data-testid={TID.live.conferenceElapsed}>
          {formatClock(timing.elapsedMs)}
        </span>
        <span className="ct-of">/</span>
        <span className="ct-plan" data-testid={TID.live.conferencePlan}>
          {formatClock(timing.plannedMs)}
        </span>
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${timing.fraction * 100}%` }} />
      </div>
      <div className="ct-notes">
        {timing.extendedMs > 0 ? (
          <span>{t('live:timer.extended', { time: formatClock(timing.extendedMs) })}</span>
        ) : (
          <span>{t('live:timer.noExtension')}</span>
        )}
        {conference.status === 'live' ? (
          <span className={projectedOver ? 'projected over' : 'projected'}>
            {t('live:timer.projected', { time: formatClock(timing.projectedMs) })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
