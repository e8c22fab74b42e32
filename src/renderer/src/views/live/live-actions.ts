import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LiveClosing, QuestionClosing, SpeakerKind } from '../../../../shared/domain';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/methods';
import { flushBeforeEnd } from '../../audio/recorder';
import { describeAction } from '../../i18n/actions';
import { describeError } from '../../i18n/errors';
import { act, useConferenceStore } from '../../store/conference-store';
import { notify, REFUSAL_MS } from '../../store/notices';
import { toAppError } from '../../store/request';
import { answererFor, clearDraft, draftFor, setLiveUi, useLiveUi } from '../../store/live-ui';
import { splitParagraphs } from '../setup/statement-file';
import { answererOf, answeringCandidates } from './speakers';
import { deliveredParagraphs, liveQuestionOf, liveSegmentOf, previousSegmentOf, statementReaderOf, waitingOf } from './derive';

/** Why a key did nothing: each has a short sentence in live.json's "refused". */
export type RefusalReason =
  'notLive' | 'noLiveQuestion' | 'noSelection' | 'noTarget' | 'noSpeaker' | 'nothingToDeliver' | 'noFollowUpTarget' | 'noneWaiting';

/**
 * Every live action of the console, for buttons and shortcuts alike. Each reads
 * the latest state from the store when it runs (so the functions never go
 * stale), and a refusal is shown as a notice in the UI language.
 */
export function createLiveActions(conferenceId: number, t: TFunction) {
  const detail = () => useConferenceStore.getState().details[conferenceId];
  const turns = () => useConferenceStore.getState().turns[conferenceId];

  async function run<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | undefined> {
    try {
      return await act(method, input);
    } catch (error) {
      notify('error', describeError(toAppError(error), t).message);
      return undefined;
    }
  }

  const actions = {
    /** A key that cannot act now says why, briefly: one short sentence, gone in a few seconds. */
    refuse: (reason: RefusalReason, args: Record<string, string | number> = {}) => {
      notify('error', t(`live:refused.${reason}`, args), REFUSAL_MS);
    },

    start: () => run('live.start', { conferenceId }),

    /** The next segment; on a draft conference, the start. */
    advance: () => (detail()?.conference.status === 'draft' ? actions.start() : run('live.advance', { conferenceId })),

    back: () => {
      const previous = previousSegmentOf(detail()?.segments ?? []);
      return previous ? run('live.goTo', { id: previous.id }) : undefined;
    },

    goTo: (id: number) => run('live.goTo', { id }),
    skip: (id: number) => run('live.skip', { id }),

    extendSegment: (minutes = 1) => {
      const live = liveSegmentOf(detail()?.segments ?? []);
      return run('live.extend', { conferenceId, segmentId: live?.id ?? null, seconds: minutes * 60 });
    },
    extendConference: (minutes = 5) => run('live.extend', { conferenceId, segmentId: null, seconds: minutes * 60 }),
    end: async () => {
      // the last second of audio reaches its segment before live.end closes it (bounded wait)
      await flushBeforeEnd(conferenceId);
      return run('live.end', { conferenceId });
    },

    // no check of the local undo state first: the server knows best, and a fast second key must not be lost
    undo: async () => {
      const info = await run('live.undo', { conferenceId });
      if (info) notify('info', t('actions:undone', { action: describeAction(info, t) }));
    },
    redo: async () => {
      const info = await run('live.redo', { conferenceId });
      if (info) notify('info', t('actions:redone', { action: describeAction(info, t) }));
    },

    /**
     * Calls the first waiting question (or the given one). A live question that
     * has been answered, with nothing left unrecorded in the answer box, is
     * closed as answered in the same step, as the moderator would. Any other
     * live question asks first: the confirmation closes it and calls (see
     * CloseAndCallDialog).
     */
    call: (id?: number) => {
      const live = liveQuestionOf(detail()?.questions ?? []);
      const target = id === undefined ? { conferenceId } : { conferenceId, id };
      // nobody to call: say so, rather than offer to close the live question and "call the next"
      if (id === undefined && waitingOf(detail()?.questions ?? []).length === 0) return actions.refuse('noneWaiting');
      if (!live) return run('question.call', target);
      const answered = (turns() ?? []).some((turn) => turn.questionId === live.id && turn.speakerKind === 'participant');
      if (answered && !draftFor(useLiveUi.getState(), live.id).trim()) return run('question.call', { ...target, closeLive: 'answered' });
      setLiveUi({ pendingCall: { id: id ?? null } });
      return undefined;
    },

    /**
     * The confirmation's answer: closes the live question so and calls. Closed as
     * answered, an unrecorded answer in the box is recorded with it first.
     */
    closeAndCall: async (closeLive: LiveClosing, id: number | null) => {
      const live = liveQuestionOf(detail()?.questions ?? []);
      if (live && closeLive === 'answered' && draftFor(useLiveUi.getState(), live.id).trim()) {
        if (!(await actions.recordAndClose(live.id))) return;
      }
      return run('question.call', id === null ? { conferenceId, closeLive } : { conferenceId, id, closeLive });
    },

    /**
     * Records what is typed in the answer box and closes the question as
     * answered, in one step; with nothing typed, only closes it.
     */
    recordAndClose: async (questionId: number): Promise<unknown> => {
      const d = detail();
      const ui = useLiveUi.getState();
      const text = draftFor(ui, questionId).trim();
      if (!d || !text) return run('question.close', { id: questionId, status: 'answered' });
      const question = d.questions.find((q) => q.id === questionId);
      const speaker = question ? answererOf(question, answeringCandidates(d.participants), answererFor(ui, questionId)) : null;
      if (speaker === null) return undefined;
      const turn = await run('answer.record', { questionId, participantId: speaker, text, close: true });
      if (turn) clearDraft(questionId);
      return turn;
    },

    close: (id: number, status: QuestionClosing) => run('question.close', { id, status }),

    toggleLast: (id: number) => run('question.markLast', { conferenceId, id: detail()?.conference.lastQuestionId === id ? null : id }),

    move: (id: number, toIndex: number) => run('question.move', { id, toIndex }),

    /** Edits a question; rejects (for the field to show why) rather than posting a notice. */
    update: (id: number, fields: { text?: string; reporterName?: string; addressedToId?: number | null }) =>
      act('question.update', { id, ...fields }),

    answer: (questionId: number, participantId: number, text: string) => run('answer.record', { questionId, participantId, text }),

    /** Records a paragraph of the live segment's prepared text (the next undelivered one by default) as its reader's turn. */
    deliver: (index?: number) => {
      const d = detail();
      const segment = liveSegmentOf(d?.segments ?? []);
      if (!d || !segment) return;
      const paragraphs = splitParagraphs(segment.preparedText);
      const delivered = deliveredParagraphs(paragraphs, turns(), segment.id);
      const target = index ?? paragraphs.findIndex((_, i) => !delivered.has(i));
      const reader = statementReaderOf(segment, d.participants, useLiveUi.getState().statementSpeakerId);
      if (target < 0 || delivered.has(target) || reader === null) return;
      return run('turn.add', { conferenceId, speakerKind: 'participant', participantId: reader, text: paragraphs[target]! });
    },

    /** The words as the interpretation of the conference's last turn (the server pairs them, and keeps its question and segment). */
    interpret: (participantId: number, text: string) => run('turn.interpret', { conferenceId, participantId, text }),

    /** A reporter's remark that is not a question ("Q  Thank you."): no question is registered or counted. */
    reporterRemark: (text: string) => run('turn.remark', { conferenceId, text }),

    say: (input: {
      speakerKind: SpeakerKind;
      participantId?: number | null;
      outletId?: number | null;
      reporterName?: string;
      questionId?: number | null;
      text: string;
    }) => run('turn.add', { conferenceId, ...input })
  };
  return actions;
}

export type LiveActions = ReturnType<typeof createLiveActions>;

export function useLiveActions(conferenceId: number): LiveActions {
  const { t } = useTranslation();
  return useMemo(() => createLiveActions(conferenceId, t), [conferenceId, t]);
}
