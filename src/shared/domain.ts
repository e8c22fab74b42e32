/**
 * The domain as every process sees it. Times are epoch milliseconds (UTC);
 * durations are seconds. Ids are positive integers, local to one database.
 */

export const HONORIFICS = ['先生', '女士', 'Mr', 'Ms', 'Dr', ''] as const;
export type Honorific = (typeof HONORIFICS)[number];

export const OUTLET_CATEGORIES = ['central', 'provincial', 'local', 'hmt', 'foreign', 'online'] as const;
export type OutletCategory = (typeof OUTLET_CATEGORIES)[number];

export const CONFERENCE_STATUSES = ['draft', 'live', 'ended'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EDITING_STANDARDS = ['verbatim', 'edited'] as const;
export type EditingStandard = (typeof EDITING_STANDARDS)[number];

export const ROLES = ['host', 'spokesperson', 'interpreter'] as const;
export type Role = (typeof ROLES)[number];

export const SEGMENT_KINDS = ['opening', 'introduction', 'statement', 'qa', 'closing', 'custom'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const SEGMENT_STATUSES = ['pending', 'live', 'done', 'skipped'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const QUESTION_STATUSES = ['waiting', 'live', 'answered', 'withdrawn', 'not_reached', 'written_reply'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** The statuses a question may be closed with. */
export const QUESTION_CLOSINGS = ['answered', 'withdrawn', 'not_reached', 'written_reply'] as const;
export type QuestionClosing = (typeof QUESTION_CLOSINGS)[number];
/** How a live question may be closed (not_reached is for a question never called). */
export const LIVE_CLOSINGS = ['answered', 'withdrawn', 'written_reply'] as const;
export type LiveClosing = (typeof LIVE_CLOSINGS)[number];

export const SPEAKER_KINDS = ['participant', 'reporter', 'note'] as const;
/** participant: someone on the roster; reporter: an outlet's reporter; note: a stage note such as "(Laughter.)" */
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const EDIT_KINDS = ['correction', 'alteration'] as const;
/** correction: makes the record match what was said; alteration: changes what the record says was said. */
export type EditKind = (typeof EDIT_KINDS)[number];

/** What reporters may do with what is said: quote it by name, attribute it only loosely, or not report it. */
export const GROUND_RULES = ['on_the_record', 'on_background', 'off_the_record'] as const;
export type GroundRules = (typeof GROUND_RULES)[number];

/** The actual times of a conference that can be corrected after the event. */
export const CONFERENCE_TIME_FIELDS = ['startedAt', 'endedAt'] as const;
export type ConferenceTimeField = (typeof CONFERENCE_TIME_FIELDS)[number];

export const AGENDA_TEMPLATES = ['standard', 'empty'] as const;
export type AgendaTemplate = (typeof AGENDA_TEMPLATES)[number];

export interface Person {
  id: number;
  name: string;
  honorific: Honorific;
  position: string;
  organisation: string;
  createdAt: number;
  updatedAt: number;
}

export interface Outlet {
  id: number;
  name: string;
  category: OutletCategory;
  createdAt: number;
  updatedAt: number;
}

export interface TranscriptHeader {
  source: string;
  author: string;
  /** as printed, e.g. "2024-01-02" */
  publishedAt: string;
  /** lines printed at the end, e.g. "(图片摄影:李鲲)" */
  credits: string;
  /** the lead paragraph(s) printed between the title and the start marker */
  lead: string;
  editingStandard: EditingStandard;
}

export interface Conference {
  id: number;
  title: string;
  topic: string;
  organiser: string;
  venue: string;
  scheduledStart: number | null;
  plannedSeconds: number;
  /** the sum of all extensions of the conference's planned time */
  extendedSeconds: number;
  language: Language;
  header: TranscriptHeader;
  status: ConferenceStatus;
  startedAt: number | null;
  endedAt: number | null;
  /** the question the host announced as the last one */
  lastQuestionId: number | null;
  /** IANA time zone every export, report, the console and the stage print times in, e.g. "Asia/Shanghai" */
  timeZone: string;
  /** null: not stated, nothing is printed */
  groundRules: GroundRules | null;
  /** the record may not be published before this time; exports before it need confirmation and are marked */
  embargoUntil: number | null;
  /** increases with every write that touches this conference */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export interface ConferenceSummary {
  id: number;
  title: string;
  status: ConferenceStatus;
  scheduledStart: number | null;
  startedAt: number | null;
  endedAt: number | null;
  plannedSeconds: number;
  language: Language;
  spokespeople: string[];
  questionCount: number;
  turnCount: number;
}

export interface Participant {
  id: number;
  conferenceId: number;
  personId: number;
  role: Role;
  position: number;
  /** the title as introduced, e.g. "中共菏泽市委市直机关工委书记"; defaults to the person's position */
  title: string;
  /** the label printed before their words in the transcript; defaults to the name (主持人 for the host in zh) */
  label: string;
  /** joined from the directory */
  name: string;
  honorific: Honorific;
  organisation: string;
}

export interface Segment {
  id: number;
  conferenceId: number;
  position: number;
  kind: SegmentKind;
  title: string;
  speakerId: number | null;
  plannedSeconds: number;
  extendedSeconds: number;
  status: SegmentStatus;
  startedAt: number | null;
  endedAt: number | null;
  /** time run before the segment was last reopened, so a reopened segment's clock continues */
  elapsedBeforeMs: number;
  preparedText: string;
}

export interface Question {
  id: number;
  conferenceId: number;
  position: number;
  outletId: number | null;
  reporterName: string;
  text: string;
  addressedToId: number | null;
  status: QuestionStatus;
  followUpOf: number | null;
  registeredAt: number;
  askedAt: number | null;
  closedAt: number | null;
  segmentId: number | null;
  /** the prepared question it was registered from (prepared.ask) */
  preparedId: number | null;
  /** merged into that question (question.merge): it left the queue as withdrawn, and the kept one lists it */
  mergedInto: number | null;
}

export interface Turn {
  id: number;
  conferenceId: number;
  seq: number;
  segmentId: number | null;
  questionId: number | null;
  speakerKind: SpeakerKind;
  participantId: number | null;
  outletId: number | null;
  reporterName: string;
  text: string;
  startedAt: number;
  endedAt: number | null;
  /** set once the turn has been edited after it was recorded */
  editedAt: number | null;
  /** this turn interprets that one (consecutive interpretation); it keeps that turn's question and segment */
  interpretsTurnId: number | null;
  /**
   * Derived when read, never stored: an answer to a question that another
   * participant answered earlier (补充). Follows undo, deletion and reordering by itself.
   */
  supplementary: boolean;
}

/** A reply given in writing to a question closed as written_reply (会后书面答复), during or after the conference. */
export interface WrittenReply {
  id: number;
  conferenceId: number;
  questionId: number;
  /** the spokesperson who answers */
  participantId: number;
  text: string;
  /** the date of the reply as the record prints it, "2024-01-05" */
  repliedOn: string;
  createdAt: number;
  updatedAt: number;
}

/** One change made to a written reply after it was recorded: its state before and after. */
export interface WrittenReplyRevision {
  id: number;
  replyId: number;
  kind: EditKind | 'deletion';
  textBefore: string;
  textAfter: string;
  participantBefore: number;
  participantAfter: number;
  repliedOnBefore: string;
  repliedOnAfter: string;
  editor: string;
  reason: string;
  at: number;
}

/** One correction (or alteration) of a conference's actual start or end, after the event. */
export interface ConferenceTimeRevision {
  id: number;
  conferenceId: number;
  field: ConferenceTimeField;
  kind: EditKind;
  before: number | null;
  after: number;
  editor: string;
  reason: string;
  at: number;
}

export interface TurnRevision {
  id: number;
  turnId: number;
  kind: EditKind | 'deletion';
  textBefore: string;
  textAfter: string;
  editor: string;
  reason: string;
  at: number;
}

export interface Extension {
  id: number;
  conferenceId: number;
  segmentId: number | null;
  seconds: number;
  at: number;
}

export interface LiveActionInfo {
  id: number;
  label: string;
  /** values for the label's placeholders, e.g. { outlet: "大众网" } */
  args: Record<string, string>;
  at: number;
}

/**
 * The rows an undo or redo put back, as the domain shows them, so a window can
 * draw the result from the answer without refetching the conference. Extensions
 * are not in it: they come with the change event's refetch.
 */
export interface RestoredRows {
  conferenceId: number;
  conference: Conference | null;
  segments: Segment[];
  questions: Question[];
  removedQuestionIds: number[];
  turns: Turn[];
  removedTurnIds: number[];
}

export interface UndoResult extends LiveActionInfo {
  restored: RestoredRows;
}

/** Everything the console needs to draw one conference, fetched in one call. */
/**
 * Some rows of a conference, as they are now (conference.rows): the conference
 * itself, its undo state, and the questions, segments and extensions asked
 * for; an id asked for and absent here no longer exists.
 */
export interface ConferenceRows {
  conference: Conference;
  segments: Segment[];
  questions: Question[];
  /** the outlets of those questions */
  outlets: Outlet[];
  extensions: Extension[];
  undo: LiveActionInfo | null;
  redo: LiveActionInfo | null;
  serverNow: number;
}

export interface ConferenceDetail {
  conference: Conference;
  participants: Participant[];
  segments: Segment[];
  questions: Question[];
  outlets: Outlet[];
  extensions: Extension[];
  writtenReplies: WrittenReply[];
  undo: LiveActionInfo | null;
  redo: LiveActionInfo | null;
  /** server clock when this was read, so clients can correct their own clock */
  serverNow: number;
}
