import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { QuestionClosing, SpeakerKind } from '../../../../shared/domain';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/methods';
import { describeAction } from '../../i18n/actions';
import { describeError } from '../../i18n/errors';
import { act, useConferenceStore } from '../../store/conference-store';
import { notify } from '../../store/notices';
import { toAppError } from '../../store/request';
import { useLiveUi } from '../../store/live-ui';
import { splitParagraphs } from '../setup/statement-file';
import { deliveredParagraphs, liveQuestionOf, liveSegmentOf, previousSegmentOf, statementReaderOf } from './derive';

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
    end: () => run('live.end', { conferenceId }),

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
     * has been answered is closed as answered first, as the moderator would.
     */
    call: async (id?: number) => {
      const live = liveQuestionOf(detail()?.questions ?? []);
      if (live) {
        const answered = (turns() ?? []).some((turn) => turn.questionId === live.id && turn.speakerKind === 'participant');
        if (!answered) return notify('error', t('errors:state.anotherLive'));
        if (!(await run('question.close', { id: live.id, status: 'answered' }))) return;
      }
      return run('question.call', id === undefined ? { conferenceId } : { conferenceId, id });
    },

    close: (id: number, status: QuestionClosing) => run('question.close', { id, status }),

    toggleLast: (id: number) =>
      run('question.markLast', { conferenceId, id: detail()?.conference.lastQuestionId === id ? null : id }),

    move: (id: number, toIndex: number) => run('question.move', { id, toIndex }),

    /** Edits a question; rejects (for the field to show why) rather than posting a notice. */
    update: (id: number, fields: { text?: string; reporterName?: string; addressedToId?: number | null }) =>
      act('question.update', { id, ...fields }),

    answer: (questionId: number, participantId: number, text: string) =>
      run('answer.record', { questionId, participantId, text }),

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
