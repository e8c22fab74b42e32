import type { CallerRole } from './roles';

/** What a change touched, so that each window refetches only that. */
/** prepared: prepared questions and answer cards; desk: the card sent to the spokespeople's desk; submissions: questions from phones; audio: the room recording. */
export const TOPICS = ['directory', 'conference', 'conferences', 'turns', 'backup', 'stage', 'prepared', 'desk', 'submissions', 'audio'] as const;
export type Topic = (typeof TOPICS)[number];

export interface ChangeEvent {
  topic: Topic;
  /** the conference the change belongs to, when it belongs to one */
  conferenceId: number | null;
  /** ids of the changed rows of the topic */
  ids: number[];
  /** the database-wide revision after the change; increases with every write */
  revision: number;
  /** the method that made the change */
  method: string;
  /**
   * The changed rows by table, when all of them are known (a live action's
   * always are): a window that has the conference loaded fetches just these
   * (conference.rows) instead of the whole conference. Absent: refetch it all.
   */
  rows?: ChangedRows;
}

/** Ids of changed rows, by table (the tables a live action changes). */
export type ChangedRows = Partial<Record<'conferences' | 'segments' | 'questions' | 'turns' | 'extensions' | 'submissions', number[]>>;

/** What the browser-mode WebSocket sends. */
export type ServerMessage =
  | { type: 'hello'; serverNow: number; revision: number; role: CallerRole }
  | { type: 'change'; event: ChangeEvent; serverNow: number }
  /** sent every few seconds, so a display notices a dead link quickly and keeps its clock in step */
  | { type: 'tick'; serverNow: number };

/** How often the server ticks, and how long a client waits without a message before it reconnects. */
export const TICK_MS = 2_000;
export const SILENCE_LIMIT_MS = 3 * TICK_MS;
