/**
 * Questions before the room (issue 13): questions reporters sent in before the
 * conference (报题), the answer points prepared for the spokespeople (答问口径),
 * and the spokesperson's desk view. Cards are internal material: they never
 * reach the stage display, the display role, or a public export.
 */
import type { ConferenceStatus, Language, Outlet, Question } from './domain';
import type { StageQuestion, StageSegment } from './stage';

/** open: not yet asked; asked: a registered question came from it; dropped: set aside by the press office. */
export const PREPARED_STATUSES = ['open', 'asked', 'dropped'] as const;
export type PreparedStatus = (typeof PREPARED_STATUSES)[number];

export interface PreparedQuestion {
  id: number;
  conferenceId: number;
  position: number;
  outletId: number | null;
  /** joined from the directory; '' without an outlet */
  outletName: string;
  reporterName: string;
  text: string;
  /** the spokesperson it is addressed to (a participant of the conference) */
  addressedToId: number | null;
  topic: string;
  status: PreparedStatus;
  /** the registered question it became (status asked); derived from questions.prepared_id, so undo follows */
  questionId: number | null;
  /** the cards linked to it, in card order */
  cardIds: number[];
  createdAt: number;
  updatedAt: number;
}

/** An answer-point card (口径) for one spokesperson on one topic. */
export interface AnswerCard {
  id: number;
  conferenceId: number;
  position: number;
  /** the spokesperson it is for (a participant of the conference) */
  participantId: number | null;
  topic: string;
  title: string;
  /** the points, one per line */
  points: string;
  figures: string;
  /** phrases to use (提法) */
  usePhrases: string;
  /** phrases to avoid */
  avoidPhrases: string;
  /** do not raise it unless asked (不主动提及) */
  doNotVolunteer: boolean;
  /** words that should find it, comma- or space-separated */
  keywords: string;
  /** the prepared questions it is linked to */
  preparedIds: number[];
  createdAt: number;
  updatedAt: number;
}

/** Why a card is offered for a question, in the order cards.match ranks them. */
export const CARD_MATCH_REASONS = ['linked', 'topic', 'text'] as const;
export type CardMatchReason = (typeof CARD_MATCH_REASONS)[number];

export interface CardMatch {
  card: AnswerCard;
  reason: CardMatchReason;
  /** within a reason, higher first: how many of the question's trigrams the card holds (0 for linked and topic alone) */
  score: number;
}

/** One card sent to the spokespeople's desk, or a clearing (cardId null); kept for reports. */
export interface CardSend {
  id: number;
  conferenceId: number;
  cardId: number | null;
  /** the live question when it was sent */
  questionId: number | null;
  at: number;
}

/** What the spokesperson's desk view shows (desk.get): never on the stage display. */
export interface DeskView {
  conference: { id: number; title: string; status: ConferenceStatus; language: Language; timeZone: string };
  /** the segment under way, with its timing, as the stage shows it (time left derives from it and serverNow) */
  segment: StageSegment | null;
  /** the live question with its answer limit, as the stage shows it */
  question: StageQuestion | null;
  /** the card sent now, or null */
  card: AnswerCard | null;
  cardSentAt: number | null;
  serverNow: number;
  /** the database-wide revision this was read at */
  revision: number;
}

/** Two waiting questions that may be the same one asked twice (question.similar). */
export interface SimilarPair {
  /** the earlier question in the queue */
  firstId: number;
  secondId: number;
  /** sameOutletAndTopic: same outlet and same (prepared) topic; text: trigram similarity at or above the threshold */
  reason: 'sameOutletAndTopic' | 'text';
  /** trigram Jaccard similarity of the two texts, 0–1 */
  similarity: number;
}

/** Who asked what, for a question others were merged into. */
export interface MergedAsk {
  questionId: number;
  outletId: number | null;
  outletName: string;
  reporterName: string;
  text: string;
}

/** The questions merged into `keptId` (a kept question lists who asked what); reads the console's own detail. */
export function mergedFromOf(questions: readonly Question[], outlets: readonly Outlet[], keptId: number): MergedAsk[] {
  return questions
    .filter((q) => q.mergedInto === keptId)
    .map((q) => ({
      questionId: q.id,
      outletId: q.outletId,
      outletName: outlets.find((o) => o.id === q.outletId)?.name ?? '',
      reporterName: q.reporterName,
      text: q.text
    }));
}

/* ---------- spreadsheet import ---------- */

/** Columns of the prepared-question sheet, by the key the preview answers them under. */
export const QUESTION_IMPORT_COLUMNS = ['outlet', 'reporter', 'question', 'addressedTo', 'topic', 'category'] as const;
export type QuestionImportColumn = (typeof QUESTION_IMPORT_COLUMNS)[number];
export const QUESTION_IMPORT_REQUIRED: readonly QuestionImportColumn[] = ['outlet', 'question'];

/** Columns of the card sheet ("cards", or a CSV of its own). */
export const CARD_IMPORT_COLUMNS = [
  'spokesperson',
  'topic',
  'title',
  'points',
  'figures',
  'use',
  'avoid',
  'doNotVolunteer',
  'keywords',
  'linkedQuestions'
] as const;
export type CardImportColumn = (typeof CARD_IMPORT_COLUMNS)[number];
export const CARD_IMPORT_REQUIRED: readonly CardImportColumn[] = ['title', 'points'];

/** Most rows one import takes (questions and cards each); a larger file is refused before it is read through. */
export const IMPORT_MAX_ROWS = 5_000;
/** Largest file an import takes, in bytes: 3 MB is 4 MB in base64, within browser mode's 5 MB request limit. */
export const IMPORT_MAX_BYTES = 3 * 1024 * 1024;

export type PreparedImportValues = Record<QuestionImportColumn, string>;
export type CardImportValues = Record<CardImportColumn, string>;

/** Why a cell was refused, for a view to say in its own language (the message says it in English). */
export type ImportCellReason =
  | 'formula'
  | 'spreadsheetError'
  | 'type'
  | 'required'
  | 'tooLong'
  | 'control'
  | 'oneLine'
  | 'unknownPerson'
  | 'category'
  | 'yesNo'
  | 'unknownRow'
  | 'unknownLink';

export interface ImportCellError {
  /** a column key (QUESTION_IMPORT_COLUMNS / CARD_IMPORT_COLUMNS) */
  column: string;
  reason: ImportCellReason;
  /** what the reason names: the cell's type, the limit, the name not on the roster, the row, the spreadsheet error; else '' */
  value: string;
  message: string;
}

export interface ImportRow<V> {
  /** the row number as the spreadsheet shows it (the header is row 1) */
  row: number;
  values: V;
  errors: ImportCellError[];
}

export interface ImportPreview {
  questions: ImportRow<PreparedImportValues>[];
  cards: ImportRow<CardImportValues>[];
  totals: {
    questions: number;
    cards: number;
    /** rows with at least one error; they are not imported */
    rowsWithErrors: number;
    /** outlets named in the file that are not in the directory: confirming creates them */
    newOutlets: string[];
  };
}

export interface ImportResult {
  questions: number;
  cards: number;
  outletsCreated: number;
}

/* ---------- report ---------- */

/** Which prepared questions were asked and which cards were used (report.prepared; internal, like the cards). */
export interface PreparedReport {
  conferenceId: number;
  questions: {
    preparedId: number;
    outletName: string;
    reporterName: string;
    topic: string;
    text: string;
    status: PreparedStatus;
    /** the question it became, when it was asked, and how it ended */
    questionId: number | null;
    askedAt: number | null;
    questionStatus: Question['status'] | null;
  }[];
  /** each card sent at least once, in the order first sent; a removed card's sends are no longer counted */
  cards: { cardId: number; title: string; topic: string; spokesperson: string; sends: number; firstSentAt: number; questionIds: number[] }[];
  totals: {
    prepared: number;
    /** registered from the list (prepared.ask) */
    registered: number;
    /** of those, called and put to the spokespeople */
    asked: number;
    dropped: number;
    cards: number;
    cardsUsed: number;
    sends: number;
  };
}
