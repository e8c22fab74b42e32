import type { z } from 'zod';
import type { GuestRole } from './roles';

/**
 * read: changes nothing; write: one transaction, publishes a change;
 * live: a write during the live run that can be undone and redone.
 */
export type MethodKind = 'read' | 'write' | 'live';

/**
 * Which part of the console's store a write's answer updates at once, before
 * the change event's refetch lands. The renderer maps each tag to code
 * (APPLY_ANSWER in store/conference-store.ts); a method without one leaves the store to the refetch.
 */
export type AnswerStore =
  | 'question' // the question it changed, or the whole queue (an array)
  | 'turn' // the turn it recorded or changed
  | 'undo' // an UndoResult: the rows the undo or redo restored
  | 'conference' // the conference row
  | 'segment' // one segment
  | 'segmentOrder' // every segment of the agenda, in order
  | 'participant' // one participant
  | 'participantOrder'; // the roster, in order

export interface AnswerEffect {
  store: AnswerStore;
  /**
   * The answer shows all that the moderator acted on, so the change event's
   * refetch may wait until it is drawn. An advance does not (it ends one segment
   * and starts the next, but answers only the new one): its refetch runs at once.
   */
  showsChange: boolean;
}

/**
 * What a transport does to an answer after the router's transaction, because it
 * is slow or async. printPdf: a PDF export comes back as print-ready HTML
 * (needsPrint); the transport prints it with its own Chromium and answers base64.
 */
export type FinishingStep = 'printPdf';

export interface MethodOptions {
  /** refused to read-only callers (a stage display) although it changes nothing: it reveals internal material */
  operatorOnly?: boolean;
  /**
   * The roles besides the operator that may call it (shared/roles.ts). Absent: reads go to 'readonly'
   * and 'desk' unless operatorOnly, writes to nobody. The submit role may call only what names it here.
   */
  roles?: readonly GuestRole[];
  /** calls one device may make in a minute; the server refuses more (429) before the router (server/rate-limit.ts) */
  perDevicePerMinute?: number;
  answer?: AnswerEffect;
  finish?: FinishingStep;
}

export interface MethodSpec<I extends z.ZodType, O> extends MethodOptions {
  input: I;
  kind: MethodKind;
  summary: string;
  /** phantom: carries the output type, never set at run time */
  readonly output?: [O];
}

export function method<O>() {
  return <I extends z.ZodType>(input: I, kind: MethodKind, summary: string, options: MethodOptions = {}): MethodSpec<I, O> => ({
    input,
    kind,
    summary,
    ...options
  });
}

/** A short way to write an answer effect in the method table. */
export function updates(store: AnswerStore, showsChange = false): { answer: AnswerEffect } {
  return { answer: { store, showsChange } };
}
