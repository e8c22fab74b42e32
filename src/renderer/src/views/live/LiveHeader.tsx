import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Language } from '../../../../shared/domain';
import { conferencePath, hrefOf } from '../../app/router';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { undoTitle } from '../../i18n/actions';
import { formatClock, formatDuration, formatTime } from '../../i18n/format';
import { indexById, liveSegmentOf, nextPendingOf, previousSegmentOf } from './derive';
import type { LiveActions } from './live-actions';
import { ConferenceTimer, SegmentTimer } from './Timers';
import { AudioControls } from '../audio/AudioControls';

function UndoRedo({ detail, actions }: { detail: ConferenceDetail; actions: LiveActions }) {
  const { t } = useTranslation();
  const undo = detail.undo ? undoTitle('undo', detail.undo, t) : t('actions:nothingToUndo');
  const redo = detail.redo ? undoTitle('redo', detail.redo, t) : t('actions:nothingToRedo');
  return (
    <div className="undo-redo">
      <button
        type="button"
        className="dark-button undo"
        disabled={!detail.undo}
        onClick={() => void actions.undo()}
        title={undo}
        data-testid={TID.live.undo}
      >
        <span aria-hidden="true">↶</span> <span className="undo-text">{undo}</span> <Kbd id="undo" />
      </button>
      <button
        type="button"
        className="dark-button"
        disabled={!detail.redo}
        onClick={() => void actions.redo()}
        title={redo}
        aria-label={redo}
        data-testid={TID.live.redo}
      >
        <span aria-hidden="true">↷</span> <Kbd id="redo" />
      </button>
    </div>
  );
}

/**
 * The dark band across the live console: what is on now, who is speaking, the
 * large timer, the conference against its plan, and the actions that move time.
 * On a screen under 900 px tall (live-compact.css) the actions become one row under the
 * rest, so the band stays about 130 px and leaves the Q&A its room.
 */
export const LiveHeader = memo(function LiveHeader({
  detail,
  actions,
  onEnd
}: {
  detail: ConferenceDetail;
  actions: LiveActions;
  onEnd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { conference, segments, participants } = detail;
  const live = liveSegmentOf(segments);
  const next = nextPendingOf(segments);
  const previous = previousSegmentOf(segments);
  const speaker = live?.speakerId ? indexById(participants).get(live.speakerId) : undefined;
  const index = live ? segments.indexOf(live) + 1 : 0;
  const status = conference.status;

  return (
    <section className={`live-header is-${status}`} data-testid={TID.live.header}>
      <div className="lh-now">
        <div className="lh-kicker">
          <span className={`pill live-pill status-${status}`}>{t(`common:status.${status}`)}</span>
          {live ? <span>{t('live:header.segmentOf', { index, count: segments.length, kind: t(`common:segmentKind.${live.kind}`) })}</span> : null}
        </div>
        <h1 className="lh-title" data-testid={TID.live.segmentTitle}>
          {status === 'draft' ? t('live:header.notStarted') : status === 'ended' ? t('live:header.ended') : (live?.title ?? t('live:header.between'))}
        </h1>
        <div className="lh-speaker" data-testid={TID.live.segmentSpeaker}>
          {speaker ? (
            <>
              <strong>{speaker.name}</strong>
              {speaker.title ? <span className="lh-speaker-title"> · {speaker.title}</span> : null}
            </>
          ) : status === 'draft' ? (
            conference.title
          ) : status === 'ended' && conference.endedAt ? (
            t('live:header.endedAt', {
              time: formatTime(conference.endedAt, language, false, conference.timeZone),
              duration: formatDuration((conference.endedAt - (conference.startedAt ?? conference.endedAt)) / 1000, language)
            })
          ) : null}
        </div>
        {status !== 'ended' && next ? (
          <div className="lh-next">
            {t('live:header.next', { title: next.title, time: formatClock((next.plannedSeconds + next.extendedSeconds) * 1000) })}
          </div>
        ) : null}
      </div>

      <SegmentTimer segment={live} />

      <div className="lh-side">
        <ConferenceTimer conference={conference} segments={segments} />
        <div className="lh-actions">
          {status === 'draft' ? (
            <div className="lh-buttons lh-move">
              <button type="button" className="go-button" onClick={() => void actions.start()} data-testid={TID.live.start}>
                {t('live:actions.start')} <Kbd id="advance" />
              </button>
            </div>
          ) : status === 'live' ? (
            <>
              <div className="lh-buttons lh-extend">
                <button
                  type="button"
                  className="dark-button"
                  onClick={() => void actions.extendSegment(1)}
                  disabled={!live}
                  data-testid={TID.live.extendSegment}
                >
                  {t('live:actions.extendSegment')} <Kbd id="extendSegment" />
                </button>
                <button
                  type="button"
                  className="dark-button"
                  onClick={() => void actions.extendConference(5)}
                  data-testid={TID.live.extendConference}
                >
                  {t('live:actions.extendConference')} <Kbd id="extendConference" />
                </button>
              </div>
              <div className="lh-buttons lh-move">
                <button type="button" className="dark-button" onClick={() => void actions.back()} disabled={!previous} data-testid={TID.live.back}>
                  ◀ {t('live:actions.back')} <Kbd id="back" />
                </button>
                <button
                  type="button"
                  className="go-button"
                  onClick={() => void actions.advance()}
                  disabled={!next && !live}
                  data-testid={TID.live.advance}
                >
                  {next ? t('live:actions.advance') : t('live:actions.finishSegment')} ▶ <Kbd id="advance" />
                </button>
                <button type="button" className="dark-button danger" onClick={onEnd} data-testid={TID.live.end}>
                  {t('live:actions.end')}
                </button>
              </div>
            </>
          ) : (
            <div className="lh-buttons lh-move">
              <a className="go-button" href={hrefOf(conferencePath(conference.id, 'review'))}>
                {t('live:actions.review')}
              </a>
            </div>
          )}
          <AudioControls conferenceId={conference.id} />
          <UndoRedo detail={detail} actions={actions} />
        </div>
      </div>
    </section>
  );
});
