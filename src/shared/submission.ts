// Questions reporters send from their phones (issue 13, item 4): they wait in moderation until the moderator acts.
import type { Language } from './domain';

export const SUBMISSION_STATUSES = ['waiting', 'approved', 'merged', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A phone's question fits a phone's screen: it is asked aloud later, in a few sentences. */
export const SUBMISSION_LIMITS = { text: 300, name: 60, reason: 200 } as const;

/** How many questions one device may send in a minute; more are refused before the database is touched. */
export const SUBMISSIONS_PER_DEVICE_PER_MINUTE = 3;

export interface Submission {
  id: number;
  conferenceId: number;
  /** the outlet as the reporter typed it */
  outletName: string;
  /** the directory's outlet of that exact name, if there is one */
  outletId: number | null;
  reporterName: string;
  text: string;
  /** the language of the page the reporter used */
  language: Language;
  createdAt: number;
  status: SubmissionStatus;
  /** the question it became (approved) or joined (merged) */
  questionId: number | null;
  /** why it was rejected; '' when no reason was given */
  reason: string;
  decidedAt: number | null;
}

/** A waiting question of the queue that a submission may repeat. */
export interface SimilarQuestion {
  questionId: number;
  /** 'outlet': the same outlet asks again; 'text': the texts are close (trigram similarity) */
  reason: 'outlet' | 'text';
  /** 0–1, the texts' trigram similarity */
  score: number;
}

export interface WaitingSubmission extends Submission {
  similar: SimilarQuestion[];
}

/** The moderation panel: whether the room may submit, what waits, and what was decided (newest first). */
export interface SubmissionBoard {
  conferenceId: number;
  accepting: boolean;
  waiting: WaitingSubmission[];
  decided: Submission[];
}

/** All the submission page may know: which conference, its title and whether it takes questions. */
export interface SubmissionContext {
  conferenceId: number | null;
  title: string;
  accepting: boolean;
  language: Language;
}

/** What the reporter's phone is told after sending. */
export interface SubmissionReceipt {
  id: number;
  status: SubmissionStatus;
  createdAt: number;
}

/** Where a phone opens the submission page; null urls with the reason when no phone can reach this server. */
export interface SubmissionLinks {
  urls: string[];
  /**
   * 'no-server': nothing serves the page; 'loopback': only this computer can reach it;
   * 'no-network': the server listens on every address but this computer is on no network; 'no-token': it runs without tokens
   */
  unreachable: 'no-server' | 'loopback' | 'no-network' | 'no-token' | null;
}

/** One outlet's questions from phones in a conference, and what came of them. */
export interface SubmissionOutletLine {
  outletName: string;
  outletId: number | null;
  submitted: number;
  approved: number;
  merged: number;
  rejected: number;
  waiting: number;
  /** approved questions of the outlet that were called */
  called: number;
}

/** The report of questions from the room: by outlet, and the outlets that submitted but were never called. */
export interface SubmissionReport {
  conferenceId: number;
  totals: Omit<SubmissionOutletLine, 'outletName' | 'outletId'>;
  /** most submissions first, then by name */
  outlets: SubmissionOutletLine[];
  /** outlets that sent at least one question and had none called: the ones to call first next time */
  notCalled: string[];
}
