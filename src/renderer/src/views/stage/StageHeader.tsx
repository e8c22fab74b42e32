import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain';
import { expectedEndAt, type StageSnapshot } from '../../../../shared/stage';
import { formatTime } from '../../i18n/format';
import { STAGE_TID } from './stage-testids';
import { useFrameValue } from './use-frame-value';

/** The conference's title, the time of day and the expected end, recomputed from actual times. */
export function StageHeader({ snapshot, language, t }: { snapshot: StageSnapshot; language: Language; t: TFunction }) {
  const times = useFrameValue(
    (now) => {
      const end = snapshot.conference.status === 'live' ? expectedEndAt(snapshot.forecast, now) : null;
      // the room's clock: the conference's own zone, wherever the display's machine is
      const zone = snapshot.conference.timeZone;
      return { clock: formatTime(now, language, false, zone), end: end === null ? null : formatTime(end, language, false, zone) };
    },
    (v) => `${v.clock}|${v.end}`
  );
  return (
    <header className="stage-header">
      <div className="stage-title" data-testid={STAGE_TID.title}>
        {snapshot.conference.title}
      </div>
      <div className="stage-times">
        {times.end ? (
          <span className="stage-expected-end" data-testid={STAGE_TID.expectedEnd}>
            {t('expectedEnd', { time: times.end })}
          </span>
        ) : null}
        <span className="stage-clock" data-testid={STAGE_TID.clock}>
          {times.clock}
        </span>
      </div>
    </header>
  );
}
