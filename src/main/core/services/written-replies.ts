import type { Database } from 'better-sqlite3';
import type { Question, WrittenReply } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toWrittenReply, type WrittenReplyRow } from '../db/rows';
import type { ConferenceService } from './conferences';
import { stripUndefined } from './directory';
import type { RosterService } from './roster';
import { prepareOpaque } from '../db/opaque-bindings';

/**
 * Written replies (会后书面答复): the answer, in writing, to a question closed as
 * written_reply. They come during or after the conference, so they are plain
 * writes (not live actions) and are allowed whatever the conference's status.
 * A reply is corrected in place with reply.update; the change is published like every write.
 */
/** What a written reply's row is written from. */
type ReplyFields = Pick<WrittenReply, 'participantId' | 'text' | 'repliedOn'> & { now: number };

export function createWrittenReplyService(db: Database, conferences: ConferenceService, roster: RosterService) {
  const byId = prepareOpaque<[number], WrittenReplyRow>(db, 'SELECT * FROM written_replies WHERE id = ?');
  const listOf = prepareOpaque<[number], WrittenReplyRow>(db,
    `SELECT r.* FROM written_replies r JOIN questions q ON q.id = r.question_id
     WHERE r.conference_id = ? ORDER BY q.position, q.id, r.id`
  );
  const question = prepareOpaque<[number], { conferenceId: number; status: Question['status'] }>(db, 'SELECT conference_id AS conferenceId, status FROM questions WHERE id = ?');
  const insert = prepareOpaque<ReplyFields & Pick<WrittenReply, 'conferenceId' | 'questionId'>, never>(db,
    `INSERT INTO written_replies (conference_id, question_id, participant_id, text, replied_on, created_at, updated_at)
     VALUES (@conferenceId, @questionId, @participantId, @text, @repliedOn, @now, @now)`
  );
  const update = prepareOpaque<ReplyFields & Pick<WrittenReply, 'id'>, never>(db,
    'UPDATE written_replies SET participant_id = @participantId, text = @text, replied_on = @repliedOn, updated_at = @now WHERE id = @id'
  );
  const remove = prepareOpaque<[number], never>(db, 'DELETE FROM written_replies WHERE id = ?');

  function get(id: number): WrittenReply {
    const row = byId.get(id);
    if (!row) fail('not_found', `No written reply with id ${id}.`, { field: 'id' });
    return toWrittenReply(row);
  }

  return {
    list(conferenceId: number): WrittenReply[] {
      conferences.get(conferenceId, 'conferenceId');
      return listOf.all(conferenceId).map(toWrittenReply);
    },

    record(ctx: CallContext, input: In<'reply.record'>): WrittenReply {
      conferences.get(input.conferenceId, 'conferenceId');
      const q = question.get(input.questionId);
      if (!q) fail('not_found', `No question with id ${input.questionId}.`, { field: 'questionId' });
      if (q.conferenceId !== input.conferenceId) {
        fail('invalid_input', 'That question belongs to another conference.', { field: 'questionId' });
      }
      if (q.status !== 'written_reply') {
        fail('invalid_state', `The question is ${q.status}, not left for a written reply; close it as written_reply first.`, {
          field: 'questionId',
          status: q.status
        });
      }
      roster.requireParticipantOf(input.conferenceId, input.participantId, 'participantId');
      const id = Number(insert.run({ ...input, now: ctx.now() }).lastInsertRowid);
      ctx.emit('conference', input.conferenceId, id);
      return get(id);
    },

    update(ctx: CallContext, input: In<'reply.update'>): WrittenReply {
      const current = get(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      roster.requireParticipantOf(current.conferenceId, merged.participantId, 'participantId');
      update.run({ ...merged, now: ctx.now() });
      ctx.emit('conference', current.conferenceId, current.id);
      return get(current.id);
    },

    remove(ctx: CallContext, id: number): { id: number } {
      const reply = get(id);
      remove.run(id);
      ctx.emit('conference', reply.conferenceId, id);
      return { id };
    }
  };
}

export type WrittenReplyService = ReturnType<typeof createWrittenReplyService>;
