import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';

/**
 * The live console's own state (nothing here is in the database): which queue
 * card is selected, who is answering, which panels are open. In a store, not in
 * components, so that the shortcut handlers and the panels share it.
 */
export interface LiveUiState {
  selectedQuestionId: number | null;
  answeringParticipantId: number | null;
  timelineOpen: boolean;
  helpOpen: boolean;
  /** bumped to ask a field to take the focus: the register form, the answer box, the remark box */
  focusRequest: { target: 'register' | 'answer' | 'remark'; serial: number } | null;
  /** a follow-up being registered: the question it follows */
  followUpOf: number | null;
  /** who reads the prepared statement, when not the segment's speaker */
  statementSpeakerId: number | null;
}

export const useLiveUi = create<LiveUiState>(() => ({
  selectedQuestionId: null,
  answeringParticipantId: null,
  timelineOpen: false,
  helpOpen: false,
  focusRequest: null,
  followUpOf: null,
  statementSpeakerId: null
}));

let serial = 0;
export function requestFocus(target: 'register' | 'answer' | 'remark'): void {
  serial += 1;
  useLiveUi.setState({ focusRequest: { target, serial } });
}

export function setLiveUi(patch: Partial<LiveUiState>): void {
  useLiveUi.setState(patch);
}

/** Opens the register form as a follow-up to the given question. */
export function startFollowUp(questionId: number): void {
  setLiveUi({ followUpOf: questionId });
  requestFocus('register');
}

/**
 * Focuses the element when a shortcut asks for `target`, once: the request is
 * used up, so a panel that mounts later does not steal the focus.
 */
export function useFocusRequest(target: 'register' | 'answer' | 'remark', ref: RefObject<HTMLElement | null>): void {
  const request = useLiveUi((s) => s.focusRequest);
  useEffect(() => {
    if (request?.target !== target || !ref.current) return;
    ref.current.focus();
    useLiveUi.setState({ focusRequest: null });
  }, [request, target, ref]);
}
