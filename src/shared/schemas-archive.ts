import { z } from 'zod';
import { CONFERENCE_STATUSES, type ConferenceStatus, type Language, type OutletCategory, type SegmentKind, type SegmentStatus } from './domain';
import { id, LIMITS, text } from './schemas';

/**
 * Inputs and outputs of the archive: the list of past conferences, search,
 * reports, templates and backups. Times are epoch ms; durations are seconds.
 */

/** The last moment a JavaScript Date can hold: a larger time has no date to print (a report's bounds are printed). */
const MAX_DATE_MS = 8_640_000_000_000_000;
const epochMs = z.number().int().nonnegative().max(MAX_DATE_MS, { message: 'must be a time a date can hold (before the year 275760)' });
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) };

/** A date range is [from, to): from inclusive, to exclusive; null leaves that end open. */
const rangeShape = { from: epochMs.nullable().default(null), to: epochMs.nullable().default(null) };
function withRange<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...rangeShape, ...shape }).refine(
    (r) => {
      const { from, to } = r as { from: number | null; to: number | null };
      return from === null || to === null || from < to;
    },
    { message: 'must end after it starts', path: ['to'] }
  );
}

export const ARCHIVE_SORTS = ['date', 'title', 'questions', 'duration'] as const;
export type ArchiveSort = (typeof ARCHIVE_SORTS)[number];

export const SEARCH_QUERY_MAX = 200;

/** A backup's file name, as listed: never a path, so nothing outside the backups folder can be named. */
const backupFileName = z
  .string()
  .regex(/^[\w.-]+\.db$/, { message: 'must be the name of a .db file in the backups folder' })
  .max(200, { message: 'must be at most 200 characters' });

export const archiveInputs = {
  list: withRange({
    personId: id.nullable().default(null),
    outletId: id.nullable().default(null),
    status: z.enum(CONFERENCE_STATUSES).nullable().default(null),
    /** part of the title */
    query: text(200).default(''),
    sort: z.enum(ARCHIVE_SORTS).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    ...paging
  }),
  search: withRange({
    // a control character (a NUL) never occurs in the record, and would break the FTS phrase
    query: text(SEARCH_QUERY_MAX).refine((q) => q.replace(/\s/g, '').length > 0, { message: 'must not be empty' }),
    conferenceId: id.nullable().default(null),
    personId: id.nullable().default(null),
    outletId: id.nullable().default(null),
    ...paging
  }),
  reportConference: z.object({ conferenceId: id }),
  reportPeriod: withRange({}),
  reportCsv: z.discriminatedUnion('report', [
    z.object({ report: z.literal('conference'), conferenceId: id, language: z.enum(['zh', 'en']).default('zh') }),
    z.object({
      report: z.literal('period'),
      ...rangeShape,
      language: z.enum(['zh', 'en']).default('zh')
    })
  ]),
  createFromTemplate: z.object({
    sourceId: id,
    title: text(LIMITS.title).optional(),
    scheduledStart: epochMs.nullable().default(null),
    /** the prepared statements of the source are event-specific, so they are left out unless asked for */
    includePreparedText: z.boolean().default(false)
  }),
  backupCreate: z.object({}),
  backupRestore: z.object({ fileName: backupFileName }),
  archiveImport: z.object({ fileName: backupFileName })
} as const;

export interface ArchiveItem {
  id: number;
  uid: string;
  title: string;
  status: ConferenceStatus;
  language: Language;
  /** started, else scheduled, else created */
  date: number;
  startedAt: number | null;
  endedAt: number | null;
  plannedSeconds: number;
  extendedSeconds: number;
  /** ended − started; for a live one, so far; null before it starts */
  durationSeconds: number | null;
  spokespeople: string[];
  questionCount: number;
  turnCount: number;
  /** the size of its recording on disk (0: none, or deleted) */
  audioBytes: number;
}

export interface ArchivePage {
  items: ArchiveItem[];
  total: number;
}

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: 'turn' | 'question';
  conferenceId: number;
  conferenceTitle: string;
  conferenceDate: number;
  /** the turn to open the transcript at; null for a question never asked aloud */
  turnId: number | null;
  questionId: number | null;
  speaker: string;
  /** true when the query matched who spoke rather than what was said */
  speakerMatched: boolean;
  snippet: SnippetSegment[];
}

export interface SearchResult {
  /** the query as searched: whitespace removed */
  normalized: string;
  /**
   * fts: the trigram index ranked by bm25 (3+ characters); scan: a substring scan, newest first
   * (1–2 characters); conference: within one conference, in transcript order.
   */
  mode: 'fts' | 'scan' | 'conference';
  /** the phrase is so common that only its newest matches were ranked; narrow the search to see older ones */
  capped: boolean;
  hits: SearchHit[];
  /** hits past this page exist */
  hasMore: boolean;
}

export interface SegmentReport {
  id: number;
  position: number;
  kind: SegmentKind;
  title: string;
  speaker: string;
  status: SegmentStatus;
  plannedSeconds: number;
  extendedSeconds: number;
  /** null when it never ran */
  actualSeconds: number | null;
  /** actual − (planned + extended); positive is over time */
  overrunSeconds: number | null;
}

export interface OutletCount {
  outletId: number | null;
  name: string;
  category: OutletCategory | null;
  /** registered in the queue */
  registered: number;
  /** called and put to the spokespeople aloud; a question left for a written reply without being called is not */
  asked: number;
  answered: number;
  /** closed as written_reply (会后书面答复) */
  writtenReply: number;
  /** of those, the ones whose reply has been recorded: answered in writing */
  answeredInWriting: number;
  notReached: number;
}

export interface CategoryCount {
  category: OutletCategory | null;
  asked: number;
  registered: number;
  outlets: number;
}

export interface SpeakerLoad {
  personId: number;
  name: string;
  conferences: number;
  questionsAnswered: number;
  /** questions they answered first */
  firstAnswers: number;
  /** questions they answered after another spokesperson had (补充) */
  supplementaryAnswers: number;
  /** written replies they gave to questions left for one */
  writtenReplies: number;
  /** seconds spent answering questions */
  answerSeconds: number;
  /** seconds of every turn, statements included */
  speakingSeconds: number;
}

export interface ConferenceReport {
  conference: {
    id: number;
    title: string;
    date: number;
    /** the conference's time zone, which the report's times are printed in */
    timeZone: string;
    status: ConferenceStatus;
    plannedSeconds: number;
    extendedSeconds: number;
    actualSeconds: number | null;
    overrunSeconds: number | null;
  };
  segments: SegmentReport[];
  extensions: { seconds: number; at: number; segmentTitle: string | null }[];
  outlets: OutletCount[];
  categories: CategoryCount[];
  spokespeople: SpeakerLoad[];
}

export interface PeriodReport {
  from: number | null;
  to: number | null;
  conferences: number;
  /** every outlet in the directory, those that asked nothing included (overlooked: true) */
  outlets: (OutletCount & { conferences: number; lastAskedAt: number | null; overlooked: boolean })[];
  categories: CategoryCount[];
  spokespeople: SpeakerLoad[];
}

export interface CsvFile {
  fileName: string;
  content: string;
}

export interface BackupInfo {
  fileName: string;
  reason: string;
  /** when the backup was taken, from its name */
  takenAt: number;
  sizeBytes: number;
  /** the recordings copied with it (null: none, taken without audio) */
  audioBytes: number | null;
  schemaVersion: number | null;
  conferences: number | null;
  latest: { title: string; date: number } | null;
  /** why the preview could not be read, when it could not */
  error: string | null;
}

export type JobKind = 'backup' | 'restore' | 'import';

export interface BackupJob {
  id: number;
  kind: JobKind;
  state: 'running' | 'done' | 'failed';
  /** 0..1 */
  progress: number;
  fileName: string | null;
  startedAt: number;
  finishedAt: number | null;
  error: string | null;
  /** restore: the safety backup taken first; import: what was merged */
  result: { safetyBackup?: string; imported?: string[]; skipped?: string[] } | null;
}

export interface BackupList {
  backups: BackupInfo[];
  jobs: BackupJob[];
  /** the folder the backups are in */
  folder: string;
  /** whether new backups copy the recordings too (audio.backups.update) */
  includeAudio: boolean;
}
