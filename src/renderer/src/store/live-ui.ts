import { useEffect, useRef, type RefObject } from 'react';
import { create } from 'zustand';

/**
 * The live console's own state (nothing here is in the database): which queue
 * card is selected, who is answering, which panels are open. In a store, not in
 * components, so that the shortcut handlers and the panels share it.
 */
export interface LiveUiState {
  selectedQuestionId: number | null;
  /** who answers, as chosen for one question: a newly called question starts from its addressee */
  answeringParticipantId: number | null;
  answeringQuestionId: number | null;
  timelineOpen: boolean;
  helpOpen: boolean;
  /** bumped to ask a field to take the focus: the register form, the answer box, the remark box */
  focusRequest: { target: 'register' | 'answer' | 'remark'; serial: number } | null;
  /** a follow-up being registered: the question it follows */
  followUpOf: number | null;
  /** who reads the prepared statement, when not the segment's speaker */
  statementSpeakerId: number | null;
  /** I was pressed: the remark bar records the next words as the interpretation of the turn before */
  interpreting: boolean;
  /** what is typed in the answer box and not yet recorded: N must not lose it, Ctrl+Enter records it from anywhere */
  answerDraft: { questionId: number; text: string } | null;
  /** a call asked for while a question is still live: the confirmation that closes it and calls (null: the next) */
  pendingCall: { id: number | null } | null;
}

export const useLiveUi = create<LiveUiState>(() => ({
  selectedQuestionId: null,
  answeringParticipantId: null,
  answeringQuestionId: null,
  timelineOpen: false,
  helpOpen: false,
  focusRequest: null,
  followUpOf: null,
  statementSpeakerId: null,
  interpreting: false,
  answerDraft: null,
  pendingCall: null
}));

/** Keeps what is typed in the answer box of a question. */
export function setDraft(questionId: number, text: string): void {
  useLiveUi.setState({ answerDraft: { questionId, text } });
}

export function clearDraft(questionId: number): void {
  if (useLiveUi.getState().answerDraft?.questionId === questionId) useLiveUi.setState({ answerDraft: null });
}

/** The unrecorded answer text of this question ('' when none). */
export function draftFor(state: LiveUiState, questionId: number): string {
  return state.answerDraft?.questionId === questionId ? state.answerDraft.text : '';
}

let serial = 0;
export function requestFocus(target: 'register' | 'answer' | 'remark'): void {
  serial += 1;
  useLiveUi.setState({ focusRequest: { target, serial } });
}

export function setLiveUi(patch: Partial<LiveUiState>): void {
  useLiveUi.setState(patch);
}

/** Chooses who answers the given question; the choice does not carry over to the next question. */
export function chooseAnswerer(questionId: number, participantId: number): void {
  useLiveUi.setState({ answeringQuestionId: questionId, answeringParticipantId: participantId });
}

/** The chosen answerer of this question, if one was chosen for it. */
export function answererFor(state: LiveUiState, questionId: number): number | null {
  return state.answeringQuestionId === questionId ? state.answeringParticipantId : null;
}

/** Opens the register form as a follow-up to the given question. */
export function startFollowUp(questionId: number): void {
  setLiveUi({ followUpOf: questionId });
  requestFocus('register');
}

/**
 * Focuses the element when a shortcut asks for `target`, once: the request is
 * used up. A request made before the element mounted is never applied: a newly
 * called question's answer box must not take the focus from an old request,
 * or the next key (a digit meant to pick the speaker) would be typed into it.
 */
export function useFocusRequest(target: 'register' | 'answer' | 'remark', ref: RefObject<HTMLElement | null>): void {
  const request = useLiveUi((s) => s.focusRequest);
  const mountedAfter = useRef(serial);
  useEffect(() => {
    if (request?.target !== target || !ref.current) return;
    if (request.serial > mountedAfter.current) ref.current.focus();
    useLiveUi.setState({ focusRequest: null });
  }, [request, target, ref]);
}
