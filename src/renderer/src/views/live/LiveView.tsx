import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail } from '../../../../shared/domain';
import type { RouteParams } from '../../app/router';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { useConferenceDetail, useTurns } from '../../store/conference-store';
import { setLiveUi, useLiveUi } from '../../store/live-ui';
import { Timeline } from '../review/Timeline';
import { AgendaPanel } from './AgendaPanel';
import { BalancePanel } from './BalancePanel';
import { questionIndexOf } from './question-index';
import { EndDialog } from './EndDialog';
import { PendingCall } from './CloseAndCallDialog';
import { LiveHeader } from './LiveHeader';
import { useLiveActions, type LiveActions } from './live-actions';
import { NowPanel } from './NowPanel';
import { QuestionQueue, useOutletIndex } from './QuestionQueue';
import { useLiveShortcuts } from './useLiveShortcuts';
import { StageMessagePanel } from '../stage-control/StageMessagePanel';
import { DetailPending } from '../../components/DetailPending';
import { ModerationPanel } from '../moderation/ModerationPanel';

/** The moderator's console during the conference. */
export function LiveView({ params }: { params: RouteParams }) {
  const id = Number(params.id);
  const { detail, failure } = useConferenceDetail(id);
  const actions = useLiveActions(id);
  const [ending, setEnding] = useState(false);
  const openEnd = useCallback(() => setEnding(true), []);
  useLiveShortcuts(id, actions, openEnd);

  if (!detail) return <DetailPending failure={failure} />;
  return (
    <>
      <LiveConsole detail={detail} actions={actions} onEnd={openEnd} />
      <PendingCall detail={detail} actions={actions} />
      {ending ? (
        <EndDialog waiting={questionIndexOf(detail.questions).waiting.length} onConfirm={() => void actions.end()} onClose={() => setEnding(false)} />
      ) : null}
    </>
  );
}

function LiveConsole({ detail, actions, onEnd }: { detail: ConferenceDetail; actions: LiveActions; onEnd: () => void }) {
  const { t } = useTranslation();
  const turns = useTurns(detail.conference.id);
  const timelineOpen = useLiveUi((s) => s.timelineOpen);
  const outlets = useOutletIndex(detail);
  const questions = detail.questions;
  const balance = useMemo(() => <BalancePanel questions={questions} outlets={outlets} />, [questions, outlets]);

  return (
    <main className="live-page">
      <LiveHeader detail={detail} actions={actions} onEnd={onEnd} />
      <div className={`live-grid${timelineOpen ? ' with-timeline' : ''}`}>
        {timelineOpen ? (
          <aside className="panel timeline-panel" data-testid={TID.timelinePanel}>
            <header className="panel-head">
              <h2>{t('review:timeline')}</h2>
              <button type="button" className="small" onClick={() => setLiveUi({ timelineOpen: false })} data-testid={TID.timelineToggle}>
                {t('live:timeline.hide')} <Kbd id="timeline" />
              </button>
            </header>
            {turns ? <Timeline detail={detail} turns={turns} outlets={outlets} follow compact /> : null}
          </aside>
        ) : (
          <aside className="live-left">
            <AgendaPanel
              conference={detail.conference}
              segments={detail.segments}
              participants={detail.participants}
              actions={actions}
              tools={
                <button type="button" className="small" onClick={() => setLiveUi({ timelineOpen: true })} data-testid={TID.timelineToggle}>
                  {t('live:timeline.show', { count: turns?.length ?? 0 })} <Kbd id="timeline" />
                </button>
              }
            />
            {/* right under the agenda: a reporter's question waiting must not be scrolled out of sight */}
            <ModerationPanel detail={detail} outlets={outlets} />
            {balance}
            <StageMessagePanel conferenceId={detail.conference.id} />
          </aside>
        )}
        <NowPanel detail={detail} turns={turns} outlets={outlets} actions={actions} />
        <QuestionQueue detail={detail} actions={actions} />
      </div>
    </main>
  );
}
