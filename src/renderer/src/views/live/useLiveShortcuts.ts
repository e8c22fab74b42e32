import { request } from '../../store/request';
import { useConferenceStore } from '../../store/conference-store';
import { chooseAnswerer, requestFocus, setLiveUi, startFollowUp, useLiveUi } from '../../store/live-ui';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { followUpTargetOf, liveQuestionOf, waitingOf } from './derive';
import type { LiveActions } from './live-actions';
import { answeringCandidates } from './speakers';

/**
 * The live console's keyboard: every action in keyboard/shortcuts.ts bound to
 * its handler. Handlers read the store when the key is pressed, so they act on
 * what is on screen at that moment.
 */
export function useLiveShortcuts(conferenceId: number, actions: LiveActions, onEnd: () => void): void {
  const detail = () => useConferenceStore.getState().details[conferenceId];
  const ui = () => useLiveUi.getState();
  const live = () => detail()?.conference.status === 'live';

  /** The selected waiting question, if it is still waiting. */
  const selected = () => {
    const d = detail();
    const id = ui().selectedQuestionId;
    return d?.questions.find((q) => q.id === id && q.status === 'waiting') ?? null;
  };
  const liveQuestion = () => liveQuestionOf(detail()?.questions ?? []);

  function step(delta: 1 | -1): void {
    const waiting = waitingOf(detail()?.questions ?? []);
    if (waiting.length === 0) return;
    const index = waiting.findIndex((q) => q.id === ui().selectedQuestionId);
    const next = index < 0 ? (delta > 0 ? 0 : waiting.length - 1) : Math.min(waiting.length - 1, Math.max(0, index + delta));
    setLiveUi({ selectedQuestionId: waiting[next]!.id });
  }

  function shift(delta: 1 | -1): void {
    const question = selected();
    if (!question) return actions.refuse('noSelection');
    const waiting = waitingOf(detail()?.questions ?? []);
    const to = waiting.indexOf(question) + delta;
    if (to >= 0 && to < waiting.length) void actions.move(question.id, to);
  }

  /** W and R act on the live question, else on the selected waiting one. */
  const closeTarget = () => liveQuestion() ?? selected();

  /** Runs `act` while the conference is live; otherwise the key says why it did nothing. */
  const whileLive = (act: () => unknown) => () => {
    if (!live()) return actions.refuse('notLive');
    void act();
  };

  useShortcuts({
    undo: () => void actions.undo(),
    redo: () => void actions.redo(),
    timeline: () => setLiveUi({ timelineOpen: !ui().timelineOpen }),
    stageClear: () => void request('stage.message.clear', { conferenceId }).catch(() => undefined),
    advance: () => void actions.advance(),
    back: whileLive(() => actions.back()),
    end: whileLive(onEnd),
    remark: whileLive(() => requestFocus('remark')),
    deliverNext: whileLive(() => actions.deliver() ?? actions.refuse('nothingToDeliver')),
    interpret: whileLive(() => {
      setLiveUi({ interpreting: true });
      requestFocus('remark');
    }),
    extendSegment: whileLive(() => actions.extendSegment(1)),
    extendConference: whileLive(() => actions.extendConference(5)),
    register: () => requestFocus('register'),
    selectNext: () => step(1),
    selectPrevious: () => step(-1),
    moveUp: () => shift(-1),
    moveDown: () => shift(1),
    callNext: whileLive(() => actions.call()),
    callSelected: whileLive(() => actions.call(selected()?.id)),
    markLast: () => {
      const question = selected() ?? liveQuestion();
      if (!question) return actions.refuse('noTarget');
      void actions.toggleLast(question.id);
    },
    followUp: () => {
      const target = followUpTargetOf(detail()?.questions ?? []);
      if (!target) return actions.refuse('noFollowUpTarget');
      startFollowUp(target.id);
    },
    notReached: () => {
      const question = selected();
      if (!question) return actions.refuse('noSelection');
      void actions.close(question.id, 'not_reached');
    },
    answered: () => {
      const question = liveQuestion();
      if (!question) return actions.refuse('noLiveQuestion');
      void actions.close(question.id, 'answered');
    },
    recordAndClose: () => {
      const question = liveQuestion();
      if (!question) return actions.refuse('noLiveQuestion');
      void actions.recordAndClose(question.id);
    },
    withdrawn: () => {
      const question = closeTarget();
      if (!question) return actions.refuse('noTarget');
      void actions.close(question.id, 'withdrawn');
    },
    writtenReply: () => {
      const question = closeTarget();
      if (!question) return actions.refuse('noTarget');
      void actions.close(question.id, 'written_reply');
    },
    pickSpeaker: (event) => {
      const d = detail();
      if (!d || !live()) return actions.refuse('notLive');
      const candidate = answeringCandidates(d.participants)[Number(event.key) - 1];
      if (!candidate) return actions.refuse('noSpeaker', { key: event.key });
      const question = liveQuestion();
      if (question) {
        chooseAnswerer(question.id, candidate.id);
        requestFocus('answer');
      } else requestFocus('remark');
    }
  });
}
