import type { TFunction } from 'i18next';
import type { StageSnapshot } from '../../../../shared/stage';
import { formatClock } from '../../i18n/format';
import { STAGE_TID } from './stage-testids';
import { stageTimers, timersKey, type TimerView } from './stage-timers';
import { useFrameValue } from './use-frame-value';

function mainLabel(view: TimerView, t: TFunction): string {
  if (view.kind === 'start') return t('draft.startsIn');
  if (view.kind === 'answer') {
    return t(view.reads === 'over' ? 'timer.answerOvertime' : view.reads === 'elapsed' ? 'timer.answerElapsed' : 'timer.answerRemaining');
  }
  return t(view.reads === 'over' ? 'timer.overtime' : view.reads === 'elapsed' ? 'timer.elapsed' : 'timer.remaining');
}

function planLine(snapshot: StageSnapshot, view: TimerView, t: TFunction): string | null {
  if (view.kind === 'answer' && snapshot.question && snapshot.question.answerLimitSeconds > 0) {
    return t('timer.limit', { time: formatClock(snapshot.question.answerLimitSeconds * 1000) });
  }
  const segment = snapshot.segment;
  if (view.kind !== 'segment' || !segment || segment.plannedSeconds + segment.extendedSeconds <= 0) return null;
  const time = formatClock(segment.plannedSeconds * 1000);
  if (segment.extendedSeconds <= 0) return t('timer.plan', { time });
  return t('timer.planExtended', { time, extra: formatClock(segment.extendedSeconds * 1000) });
}

/**
 * The big digits: the answer timer while a question is being answered, else the
 * segment's. Recomputed from stamps every frame; redrawn only when the picture changes.
 */
export function StageTimer({ snapshot, t }: { snapshot: StageSnapshot; t: TFunction }) {
  const timers = useFrameValue((now) => stageTimers(snapshot, now), timersKey);
  const { main, secondary } = timers;
  if (!main) return null;
  const secondaryText =
    secondary && snapshot.segment
      ? t(secondary.reads === 'over' ? 'timer.segmentOver' : secondary.reads === 'elapsed' ? 'timer.segmentElapsed' : 'timer.segmentLeft', {
          segment: snapshot.segment.title,
          time: secondary.text.replace(/^\+/, '')
        })
      : null;
  const plan = planLine(snapshot, main, t);
  return (
    <section
      className={`stage-timer state-${main.state}`}
      data-testid={STAGE_TID.timer}
      data-kind={main.kind}
      data-state={main.state}
      data-mode={main.mode}
      role="timer"
      aria-live="off"
    >
      <div className="stage-timer-label">{mainLabel(main, t)}</div>
      <div className="stage-timer-digits" data-testid={STAGE_TID.timerDigits} style={{ ['--chars' as string]: main.text.length }}>
        {main.text}
      </div>
      {plan ? <div className="stage-timer-plan">{plan}</div> : null}
      {secondaryText ? (
        <div className={`stage-secondary state-${secondary!.state}`} data-testid={STAGE_TID.secondaryTimer} data-state={secondary!.state}>
          {secondaryText}
        </div>
      ) : null}
    </section>
  );
}
