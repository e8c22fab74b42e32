import type { Database } from 'better-sqlite3';
import { createSearchIndexer } from './archive/search-index';
import type { AudioIo } from './audio/audio-files';
import { createAudioService } from './audio/audio-service';
import { createConferenceDetailService } from './services/conference-detail';
import { createConferenceTimeService } from './services/conference-times';
import { createConferenceService } from './services/conferences';
import { createDirectoryService } from './services/directory';
import { createLiveService } from './services/live';
import { createQuestionService } from './services/questions';
import { createRecordTurnService } from './services/record-turns';
import { createRosterService } from './services/roster';
import { createTurnService } from './services/turns';
import { createUndoService } from './services/undo';
import { createUndoResults } from './services/undo-result';
import { createWrittenReplyService } from './services/written-replies';

/** Every service, each with its statements prepared once, wired to the services it uses. */
export function createServices(db: Database, dataDir: string, options: { audioIo?: AudioIo } = {}) {
  const directory = createDirectoryService(db);
  const conferences = createConferenceService(db);
  const roster = createRosterService(db, conferences, directory);
  const turns = createTurnService(db, conferences, roster, directory);
  const questions = createQuestionService(db, conferences, roster, directory, turns);
  const live = createLiveService(db, conferences, roster);
  const recordTurns = createRecordTurnService(db, conferences, roster, directory, turns);
  const replies = createWrittenReplyService(db, conferences, roster);
  const times = createConferenceTimeService(db, conferences);
  const undo = createUndoService(db);
  const audio = createAudioService(db, dataDir, conferences, options.audioIo);
  const searchIndex = createSearchIndexer(db);
  const undoResults = createUndoResults({ conferences, roster, questions, turns });
  const { detail, changedRows } = createConferenceDetailService(db, { conferences, roster, questions, replies, undo });

  return {
    db,
    dataDir,
    directory,
    conferences,
    roster,
    turns,
    questions,
    live,
    recordTurns,
    replies,
    times,
    undo,
    undoResults,
    audio,
    searchIndex,
    detail,
    changedRows
  };
}

export type Services = ReturnType<typeof createServices>;
