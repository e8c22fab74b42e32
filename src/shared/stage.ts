import type { ConferenceStatus, Language, QuestionStatus, SegmentKind, SegmentStatus } from './domain';

/**
 * The stage display's domain: what the spokespeople's screen shows, the
 * moderator's preset messages, and the timing maths. The maths is shared so
 * that the server (reports, expected end) and every display derive the same
 * figures from the same stored stamps: nothing here counts ticks.
 */

export const STAGE_PRESET_IDS = ['last_question', 'two_more', 'be_brief', 'time_up'] as const;
export type StagePresetId = (typeof STAGE_PRESET_IDS)[number];

/** Preset messages, shown in the conference's language (the room's), not the moderator's UI language. */
export const STAGE_PRESETS: Record<StagePresetId, Record<Language, string>> = {
  last_question: { zh: '最后一个问题', en: 'Last question' },
  two_more: { zh: '还有两个问题', en: 'Two more questions' },
  be_brief: { zh: '请简要回答', en: 'Please keep it brief' },
  time_up: { zh: '时间到', en: 'Time is up' }
};

/** A conference's timing rules; a segment or a question may override its own. */
export interface StageTimingSettings {
  /** a segment turns amber when this much of its time is left */
  warningSeconds: number;
  /** a segment turns red only once it has run this long past its planned end */
  overtimeGraceSeconds: number;
  /** the time a spokesperson has to answer one question, from when it was asked; 0 = no limit */
  answerLimitSeconds: number;
  /** the answer timer turns amber when this much is left */
  answerWarningSeconds: number;
}

export const DEFAULT_STAGE_TIMING: StageTimingSettings = {
  warningSeconds: 120,
  overtimeGraceSeconds: 0,
  answerLimitSeconds: 180,
  answerWarningSeconds: 30
};

export interface StageMessage {
  id: number;
  /** in the conference's language when it is a preset */
  text: string;
  preset: StagePresetId | null;
  /** urgent: the display pulses */
  flash: boolean;
  shownAt: number;
  /**
   * when it left the stage: taken off by the moderator, replaced, or (derived,
   * see messageEndOf) run out, ended with its segment or with the conference
   */
  clearedAt: number | null;
  /** shown for a set time: it leaves the stage by itself at this moment */
  expiresAt: number | null;
  /** it leaves the stage when the segment it was shown in is no longer live */
  untilNextSegment: boolean;
  /** the segment live when it was shown (null between segments) */
  segmentId: number | null;
}

/** How long a message may be shown for, in seconds, when it is given a time. */
export const STAGE_MESSAGE_SECONDS = { min: 5, max: 3600 } as const;

/** What a message's life depends on besides its own stamps: the clock, the conference, the live segment. */
export interface MessageContext {
  now: number;
  status: ConferenceStatus;
  endedAt: number | null;
  liveSegmentId: number | null;
  /** when the segment it was shown in stopped being live, if known */
  segmentEndedAt?: number | null;
}

/**
 * When the message left (or leaves) the stage, derived from stored stamps and
 * the clock as the timers are, so a restart or a reload shows the same thing:
 * the first of its clearing, its expiry, the end of the conference and, for a
 * message of one segment, the end of that segment. Null while it is shown.
 */
export function messageEndOf(message: StageMessage, at: MessageContext): number | null {
  const ends: number[] = [];
  if (message.clearedAt !== null) ends.push(message.clearedAt);
  if (message.expiresAt !== null && message.expiresAt <= at.now) ends.push(message.expiresAt);
  if (at.status === 'ended') ends.push(Math.max(message.shownAt, at.endedAt ?? at.now));
  if (message.untilNextSegment && at.liveSegmentId !== message.segmentId) {
    ends.push(Math.max(message.shownAt, at.segmentEndedAt ?? at.now));
  }
  return ends.length > 0 ? Math.min(...ends) : null;
}

/** Whether the stage shows the message now. */
export function isMessageShown(message: StageMessage | null, at: MessageContext): message is StageMessage {
  return message !== null && messageEndOf(message, at) === null;
}

export interface StagePerson {
  participantId: number;
  name: string;
  /** as printed in the transcript (主持人, or the name) */
  label: string;
  /** the title as introduced */
  title: string;
}

export interface StageSegment {
  id: number;
  kind: SegmentKind;
  title: string;
  status: SegmentStatus;
  speaker: StagePerson | null;
  plannedSeconds: number;
  extendedSeconds: number;
  startedAt: number | null;
  endedAt: number | null;
  elapsedBeforeMs: number;
  /** the thresholds in force for this segment (its own, else the conference's) */
  warningSeconds: number;
  overtimeGraceSeconds: number;
}

export interface StageQuestion {
  id: number;
  outletName: string;
  reporterName: string;
  text: string;
  addressedTo: StagePerson | null;
  status: QuestionStatus;
  askedAt: number | null;
  isFollowUp: boolean;
  /** the host announced it as the last question */
  isLast: boolean;
  answerLimitSeconds: number;
  answerWarningSeconds: number;
}

/** Everything the stage display draws, in one read. */
export interface StageSnapshot {
  conference: {
    id: number;
    title: string;
    status: ConferenceStatus;
    language: Language;
    /** IANA zone the stage prints clock times in */
    timeZone: string;
    scheduledStart: number | null;
    startedAt: number | null;
    endedAt: number | null;
    plannedSeconds: number;
    /** extensions of the conference as a whole (not of one segment) */
    extendedSeconds: number;
  };
  segment: StageSegment | null;
  nextSegment: { id: number; kind: SegmentKind; title: string } | null;
  question: StageQuestion | null;
  nextQuestion: StageQuestion | null;
  waitingCount: number;
  message: StageMessage | null;
  /** what the expected end is computed from, so a display recomputes it every frame */
  forecast: ForecastInput;
  serverNow: number;
}

/** One row of the timing report per segment. */
export interface SegmentTimingRow {
  id: number;
  position: number;
  kind: SegmentKind;
  title: string;
  speakerName: string | null;
  status: SegmentStatus;
  plannedSeconds: number;
  extendedSeconds: number;
  startedAt: number | null;
  endedAt: number | null;
  /** time it actually ran (to now while it is live) */
  actualSeconds: number;
  /** how far past its planned (and extended) time it ran; 0 when it did not */
  overtimeSeconds: number;
  warningSeconds: number;
  overtimeGraceSeconds: number;
}

export interface QuestionTimingRow {
  id: number;
  position: number;
  outletName: string;
  status: QuestionStatus;
  askedAt: number | null;
  closedAt: number | null;
  answerLimitSeconds: number;
  /** from asked to closed (to now while live); null when it was never asked */
  answerSeconds: number | null;
  overLimitSeconds: number;
}

export interface ExtensionRow {
  id: number;
  segmentId: number | null;
  /** null: the conference as a whole was extended */
  segmentTitle: string | null;
  seconds: number;
  at: number;
}

/** The conference's timing, for reports: plan against actual, extensions, answer times and messages shown. */
export interface StageTimingReport {
  conferenceId: number;
  status: ConferenceStatus;
  settings: StageTimingSettings;
  scheduledStart: number | null;
  startedAt: number | null;
  endedAt: number | null;
  plannedSeconds: number;
  /** conference-level extensions */
  extendedSeconds: number;
  /** segment-level extensions */
  segmentExtendedSeconds: number;
  /** start + planned + conference-level extensions; null before the start when no start is scheduled */
  plannedEndAt: number | null;
  /** recomputed from actual times; the actual end once ended */
  expectedEndAt: number | null;
  /** expected end − planned end, in seconds: positive when running late */
  varianceSeconds: number | null;
  /** from start to end (to now while live) */
  actualSeconds: number;
  segments: SegmentTimingRow[];
  questions: QuestionTimingRow[];
  extensions: ExtensionRow[];
  messages: StageMessage[];
  serverNow: number;
}

export type TimerState = 'normal' | 'warning' | 'overtime';

export interface TimerReading {
  /** 'countdown' when there is a planned time, 'elapsed' otherwise */
  mode: 'countdown' | 'elapsed';
  elapsedMs: number;
  limitMs: number;
  /** limit − elapsed; negative once over */
  remainingMs: number;
  state: TimerState;
}

function reading(elapsedMs: number, limitMs: number, warningMs: number, graceMs: number): TimerReading {
  const elapsed = Math.max(0, elapsedMs);
  if (limitMs <= 0) return { mode: 'elapsed', elapsedMs: elapsed, limitMs: 0, remainingMs: 0, state: 'normal' };
  const remainingMs = limitMs - elapsed;
  const state: TimerState = remainingMs < -graceMs ? 'overtime' : remainingMs <= warningMs ? 'warning' : 'normal';
  return { mode: 'countdown', elapsedMs: elapsed, limitMs, remainingMs, state };
}

type SegmentStamps = Pick<StageSegment, 'plannedSeconds' | 'extendedSeconds' | 'startedAt' | 'endedAt' | 'elapsedBeforeMs' | 'status'>;

/** Time a segment has run: what it ran before it was last reopened, plus this run (to now while live). */
export function segmentElapsedMs(segment: SegmentStamps, now: number): number {
  if (segment.startedAt === null) return segment.elapsedBeforeMs;
  const end = segment.status === 'live' ? now : (segment.endedAt ?? now);
  return segment.elapsedBeforeMs + Math.max(0, end - segment.startedAt);
}

export function segmentTimer(segment: SegmentStamps & Pick<StageSegment, 'warningSeconds' | 'overtimeGraceSeconds'>, now: number): TimerReading {
  const limitMs = (segment.plannedSeconds + segment.extendedSeconds) * 1000;
  return reading(segmentElapsedMs(segment, now), limitMs, segment.warningSeconds * 1000, segment.overtimeGraceSeconds * 1000);
}

/** The answer timer runs from when the question was asked. */
export function answerTimer(
  question: Pick<StageQuestion, 'askedAt' | 'answerLimitSeconds' | 'answerWarningSeconds'>,
  now: number
): TimerReading | null {
  if (question.askedAt === null) return null;
  return reading(now - question.askedAt, question.answerLimitSeconds * 1000, question.answerWarningSeconds * 1000, 0);
}

/**
 * A segment without its own warning gets the conference's, but never more than
 * its last quarter (as the console's timer does): a two-minute introduction is
 * not amber from its first second.
 */
export function effectiveWarningSeconds(own: number | null, conferenceDefault: number, plannedSeconds: number): number {
  if (own !== null) return own;
  return plannedSeconds > 0 ? Math.min(conferenceDefault, Math.floor(plannedSeconds / 4)) : conferenceDefault;
}

export interface ForecastInput {
  status: ConferenceStatus;
  scheduledStart: number | null;
  startedAt: number | null;
  endedAt: number | null;
  /** the live segment's planned + extended seconds and its run so far (stamps) */
  live: SegmentStamps | null;
  /** planned + extended seconds of the segments still to come */
  pendingSeconds: number;
  /** extensions of the conference as a whole: time added to the programme */
  conferenceExtensionSeconds: number;
}

/**
 * When the conference will end if everything still to come takes its planned time:
 * now + what is left of the live segment (nothing once it overruns) + the pending
 * segments + the conference's own extensions. Using `now` counts the gaps between
 * segments and an overrunning segment as they happen. Ended: the actual end.
 */
export function expectedEndAt(forecast: ForecastInput, now: number): number | null {
  if (forecast.status === 'ended') return forecast.endedAt;
  const ahead = (forecast.pendingSeconds + forecast.conferenceExtensionSeconds) * 1000;
  if (forecast.status === 'draft') {
    if (forecast.scheduledStart === null) return null;
    return Math.max(forecast.scheduledStart, now) + ahead;
  }
  let liveLeft = 0;
  if (forecast.live) {
    const limit = (forecast.live.plannedSeconds + forecast.live.extendedSeconds) * 1000;
    liveLeft = Math.max(0, limit - segmentElapsedMs(forecast.live, now));
  }
  return now + liveLeft + ahead;
}
