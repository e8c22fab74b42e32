import { createContext, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Outlet, Participant, Question } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { SortableList, type DragHandle } from '../../components/SortableList';
import { VirtualList } from '../../components/VirtualList';
import { useDirectory } from '../../store/directory-store';
import { useLiveUi } from '../../store/live-ui';
import { indexById } from './derive';
import { questionIndexOf, type QuestionIndex } from './question-index';
import type { LiveActions } from './live-actions';
import { QuestionCard } from './QuestionCard';
import { QueueNumbersContext } from './queue-numbers';
import { RegisterForm } from './RegisterForm';
import { PreparedSide } from './PreparedSide';
import { LiveCards } from './LiveCards';
import { PREPARED_TID } from '../prepared/testids';
import { usePreparedList } from '../prepared/use-prepared';

/** Outlets by id: the directory's, and the conference's own (which arrive with its detail). */
export function useOutletIndex(detail: ConferenceDetail): Map<number, Outlet> {
  const { outlets } = useDirectory();
  return useMemo(() => indexById([...(outlets ?? []), ...detail.outlets]), [outlets, detail.outlets]);
}

/** What every card of the queue reads; passed by context so that the list's render functions never change. */
interface QueueView {
  byId: QuestionIndex['byId'];
  outlets: ReadonlyMap<number, Outlet>;
  participants: ReadonlyMap<number, Participant>;
  lastId: number | null;
  selectedId: number | null;
  canAct: boolean;
  actions: LiveActions;
}

const QueueContext = createContext<QueueView | null>(null);

/**
 * A card of the queue. The sortable rows around it are memoized and keep their
 * render function, so a change to one question redraws its card only: the other
 * cards read the context and find their props unchanged (QuestionCard is memoized).
 */
function QueueCard({ question: q, handle }: { question: Question; handle?: DragHandle }) {
  const view = useContext(QueueContext)!;
  const follows = q.followUpOf !== null ? view.byId.get(q.followUpOf) : undefined;
  return (
    <QuestionCard
      question={q}
      numbered={q.status === 'waiting'}
      outlet={q.outletId !== null ? view.outlets.get(q.outletId) : undefined}
      addressedTo={q.addressedToId !== null ? view.participants.get(q.addressedToId)?.name : undefined}
      followsOutlet={follows ? (view.outlets.get(follows.outletId ?? -1)?.name ?? follows.reporterName) : undefined}
      isLast={view.lastId === q.id}
      selected={view.selectedId === q.id}
      canAct={view.canAct}
      actions={view.actions}
      handle={handle}
    />
  );
}

/**
 * The waiting cards drawn: a moderator works from the head of the queue, so a
 * queue of thousands draws the first WAITING_SHOWN (or as many around the
 * selected one, J/K further down). Every card drawn is redrawn when the order
 * moves (its number changes), so this bound is what keeps a change's cost the
 * same at 20 questions and at 10,000.
 */
export const WAITING_SHOWN = 100;
export function shownWaiting(waiting: readonly Question[], selectedId: number | null): { items: readonly Question[]; from: number; hidden: number } {
  if (waiting.length <= WAITING_SHOWN) return { items: waiting, from: 0, hidden: 0 };
  const selected = selectedId === null ? -1 : waiting.findIndex((q) => q.id === selectedId);
  const from = selected < WAITING_SHOWN ? 0 : Math.min(waiting.length - WAITING_SHOWN, selected - WAITING_SHOWN / 2);
  return { items: waiting.slice(from, from + WAITING_SHOWN), from, hidden: waiting.length - WAITING_SHOWN };
}

const renderWaiting = (q: Question, handle: DragHandle) => <QueueCard question={q} handle={handle} />;
const renderClosed = (q: Question) => <QueueCard question={q} />;
const questionKey = (q: Question) => q.id;

/** The question queue: register, reorder, call; closed questions below, virtualised. */
export function QuestionQueue({ detail, actions }: { detail: ConferenceDetail; actions: LiveActions }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'waiting' | 'done' | 'prepared'>('waiting');
  const prepared = usePreparedList(detail.conference.id, { marksReady: false }).data ?? [];
  const selectedId = useLiveUi((s) => s.selectedQuestionId);
  const outlets = useOutletIndex(detail);
  const participants = useMemo(() => indexById(detail.participants), [detail.participants]);
  const { byId, waiting, closed } = useMemo(() => questionIndexOf(detail.questions), [detail.questions]);
  const shown = useMemo(() => shownWaiting(waiting, selectedId), [waiting, selectedId]);
  // only the cards drawn need their number
  const numbers = useMemo(() => new Map(shown.items.map((q, i) => [q.id, shown.from + i + 1])), [shown]);
  const lastId = detail.conference.lastQuestionId;
  const canAct = detail.conference.status !== 'ended';

  const view = useMemo<QueueView>(
    () => ({ byId, outlets, participants, lastId, selectedId, canAct, actions }),
    [byId, outlets, participants, lastId, selectedId, canAct, actions]
  );

  return (
    <QueueContext.Provider value={view}>
      <QueueNumbersContext.Provider value={numbers}>
        <section className="panel queue-panel" aria-labelledby="queue-heading" data-testid={TID.queue}>
          <header className="panel-head">
            <h2 id="queue-heading">{t('live:queue.heading')}</h2>
            <button
              type="button"
              className="primary small"
              onClick={() => void actions.call()}
              disabled={detail.conference.status !== 'live' || waiting.length === 0}
              data-testid={TID.callNext}
            >
              {t('live:queue.callNext')} <Kbd id="callNext" />
            </button>
          </header>
          {canAct ? <RegisterForm detail={detail} outlets={outlets} /> : null}
          {detail.conference.status === 'live' ? (
            <LiveCards conferenceId={detail.conference.id} questions={detail.questions} participants={detail.participants} />
          ) : null}
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'waiting'} onClick={() => setTab('waiting')}>
              {t('live:queue.waiting', { count: waiting.length })}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'done'} onClick={() => setTab('done')}>
              {t('live:queue.done', { count: closed.length })}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'prepared'} onClick={() => setTab('prepared')} data-testid={PREPARED_TID.sideTab}>
              {t('prepared:live.tab', { count: prepared.filter((q) => q.status === 'open').length })}
            </button>
          </div>
          {tab === 'prepared' ? (
            <PreparedSide questions={prepared} canAsk={canAct} />
          ) : tab === 'waiting' ? (
            <div className="queue-scroll">
              {waiting.length === 0 ? <p className="empty pad">{t(canAct ? 'live:queue.empty' : 'live:queue.emptyEnded')}</p> : null}
              <SortableList
                items={shown.items}
                onMove={(id, to) => actions.move(id, to + shown.from)}
                renderItem={renderWaiting}
                testId={TID.queueWaiting}
                className="queue-list"
                disabled={!canAct}
              />
              {shown.hidden > 0 ? (
                <p className="muted small pad" data-testid={TID.queueHidden}>
                  {t('live:queue.hidden', { count: shown.hidden })}
                </p>
              ) : null}
            </div>
          ) : (
            <VirtualList
              items={closed}
              estimateSize={96}
              itemKey={questionKey}
              renderItem={renderClosed}
              testId={TID.queueDone}
              className="queue-scroll queue-list"
              empty={<p className="empty pad">{t('live:queue.noneDone')}</p>}
            />
          )}
        </section>
      </QueueNumbersContext.Provider>
    </QueueContext.Provider>
  );
}
