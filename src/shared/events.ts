/** What a change touched, so that each window refetches only that. */
export const TOPICS = ['directory', 'conference', 'conferences', 'turns', 'backup', 'stage'] as const;
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
}

/** What the browser-mode WebSocket sends. */
export type ServerMessage =
  | { type: 'hello'; serverNow: number; revision: number; role: 'operator' | 'readonly' }
  | { type: 'change'; event: ChangeEvent; serverNow: number };
