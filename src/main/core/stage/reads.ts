import type { Database } from 'better-sqlite3';
import type { ConferenceService } from '../services/conferences';
import type { RosterService } from '../services/roster';
import type { AgendaTiming } from './agenda-timing';
import type { StageMessages } from './messages';
import type { TimingRules } from './timing-rules';

/** What the stage's reads (the snapshot and the timing report) are built from. */
export interface StageReads {
  db: Database;
  conferences: ConferenceService;
  roster: RosterService;
  agenda: AgendaTiming;
  rules: TimingRules;
  messages: StageMessages;
}
