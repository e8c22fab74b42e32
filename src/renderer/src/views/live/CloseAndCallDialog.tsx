import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, LiveClosing, Question } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { Modal } from '../../components/Modal';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { draftFor, setLiveUi, useLiveUi } from '../../store/live-ui';
import { useTurns } from '../../store/conference-store';
import { questionIndexOf } from './question-index';
import type { LiveActions } from './live-actions';
import { useOutletIndex } from './QuestionQueue';

/** The confirmation, while a call waits for it and a question is still live. */
export function PendingCall({ detail, actions }: { detail: ConferenceDetail; actions: LiveActions }) {
  const { t } = useTranslation();
  const pending = useLiveUi((s) => s.pendingCall);
  const turns = useTurns(detail.conference.id);
  const outlets = useOutletIndex(detail);
  const live = questionIndexOf(detail.questions).live;
  // a question closed meanwhile (by another operator, by undo) leaves nothing to confirm; leaving the console neither
  const hasLive = live !== null;
  useEffect(() => {
    if (!hasLive) setLiveUi({ pendingCall: null });
  }, [hasLive]);
  useEffect(() => () => setLiveUi({ pendingCall: null }), []);
  if (!pending || !live) return null;
  const outlet = outlets.get(live.outletId ?? -1)?.name ?? (live.reporterName || t('live:queue.noOutlet'));
  const answered = (turns ?? []).some((turn) => turn.questionId === live.id && turn.speakerKind === 'participant');
  return <CloseAndCallDialog live={live} outlet={outlet} answered={answered} actions={actions} />;
}

/**
 * N (or C) while a question is still live: one confirmation closes it and calls
 * the next. Enter closes it as answered (recording what is typed in the answer
 * box), W as withdrawn, R as left for a written reply; Esc changes nothing.
 */
export function CloseAndCallDialog({ live, outlet, answered, actions }: { live: Question; outlet: string; answered: boolean; actions: LiveActions }) {
  const { t } = useTranslation();
  const pending = useLiveUi((s) => s.pendingCall);
  const draft = useLiveUi((s) => draftFor(s, live.id).trim());
  const onClose = () => setLiveUi({ pendingCall: null });
  const choose = (status: LiveClosing) => {
    onClose();
    void actions.closeAndCall(status, pending?.id ?? null);
  };
  useShortcuts(
    { answered: () => choose('answered'), withdrawn: () => choose('withdrawn'), writtenReply: () => choose('written_reply') },
    { modal: true }
  );
  const state = draft ? 'draft' : answered ? 'answered' : 'unanswered';

  return (
    <Modal title={t('live:closeAndCall.title', { outlet })} onClose={onClose} testId={TID.closeAndCall.dialog}>
      <p>{t(`live:closeAndCall.${state}`, { outlet })}</p>
      <div className="modal-actions">
        <button type="button" className="ghost" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="button" onClick={() => choose('written_reply')} data-testid={TID.closeAndCall.written_reply}>
          {t('live:close.written_reply')} <Kbd id="writtenReply" />
        </button>
        <button type="button" onClick={() => choose('withdrawn')} data-testid={TID.closeAndCall.withdrawn}>
          {t('live:close.withdrawn')} <Kbd id="withdrawn" />
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => choose('answered')} data-testid={TID.closeAndCall.answered}>
          {t(draft ? 'live:closeAndCall.recordAnswered' : 'live:closeAndCall.answeredButton')} <Kbd combo="Enter" />
        </button>
      </div>
    </Modal>
  );
}
