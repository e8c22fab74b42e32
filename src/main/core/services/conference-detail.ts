import type { Database } from 'better-sqlite3';
import type { ConferenceDetail, Outlet } from '../../../shared/domain';
import { toExtension, toOutlet, type Row } from '../db/rows';
import type { ConferenceService } from './conferences';
import type { QuestionService } from './questions';
import type { RosterService } from './roster';
import type { UndoService } from './undo';
import type { WrittenReplyService } from './written-replies';

interface DetailSources {
  conferences: ConferenceService;
  roster: RosterService;
  questions: QuestionService;
  replies: WrittenReplyService;
  undo: UndoService;
}

/** One conference as the console opens it (conference.get): the conference and everything the live view draws. */
export function createConferenceDetailService(db: Database, s: DetailSources) {
  // the outlets the queue and the transcript name: those of its questions and of its turns
  const outletsOfConference = db.prepare(
    `SELECT DISTINCT o.* FROM outlets o WHERE o.id IN
       (SELECT outlet_id FROM questions WHERE conference_id = @id UNION SELECT outlet_id FROM turns WHERE conference_id = @id)`
  );
  const extensionsOf = db.prepare('SELECT * FROM extensions WHERE conference_id = ? ORDER BY id');

  function detail(id: number): ConferenceDetail {
    const conference = s.conferences.get(id);
    return {
      conference,
      participants: s.roster.listParticipants(id),
      segments: s.roster.listSegments(id),
      questions: s.questions.list(id),
      outlets: (outletsOfConference.all({ id }) as Row[]).map(toOutlet) as Outlet[],
      extensions: (extensionsOf.all(id) as Row[]).map(toExtension),
      writtenReplies: s.replies.list(id),
      ...s.undo.state(id),
      serverNow: Date.now()
    };
  }

  return { detail };
}

export type ConferenceDetailService = ReturnType<typeof createConferenceDetailService>;
