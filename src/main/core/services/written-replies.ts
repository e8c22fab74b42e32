import type { Database } from 'better-sqlite3';
import type { Question, WrittenReply, WrittenReplyRevision } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toWrittenReply, toWrittenReplyRevision, type WrittenReplyRevisionRow, type WrittenReplyRow } from '../db/record-rows';
import type { ConferenceService } from './conferences';
import { stripUndefined } from './directory';
import type { RosterService } from './roster';
import { prepareOpaque } from '../db/opaque-bindings';

/** What a written reply's row is written from. */
type ReplyFields = Pick<WrittenReply, 'participantId' | 'text' | 'repliedOn'> & { now: number };

/** A change to a reply, as its history keeps it. */
type ReplyRevisionFields = Omit<WrittenReplyRevision, 'id' | 'at'> & { conferenceId: number; now: number };

/**
 * Written replies (会后书面答复): the answer, in writing, to a question closed as
 * written_reply. They come during or after the conference, so they are plain
 * writes (not live actions) and are allowed whatever the conference's status.
 * A change made later is kept in the reply's history, a correction apart from an
 * alteration, as a turn's is; a removed reply is only marked, so its history keeps it.
 */
export function createWrittenReplyService(db: Database, conferences: ConferenceService, roster: RosterService) {
  const byId = prepareOpaque<[number], WrittenReplyRow>(db, 'SELECT * FROM written_replies WHERE id = ? AND deleted_at IS NULL');
  const listOf = prepareOpaque<[number], WrittenReplyRow>(
    db,
    `SELECT r.* FROM written_replies r JOIN questions q ON q.id = r.question_id
     WHERE r.conference_id = ? AND r.deleted_at IS NULL ORDER BY q.position, q.id, r.id`
  );
  const anyReply = prepareOpaque<[number], { id: number }>(db, 'SELECT id FROM written_replies WHERE id = ?');
  const historyOf = prepareOpaque<[number], WrittenReplyRevisionRow>(db, 'SELECT * FROM written_reply_history WHERE reply_id = ? ORDER BY id');
  const insertHistory = prepareOpaque<ReplyRevisionFields, never>(
    db,
    `INSERT INTO written_reply_history (conference_id, reply_id, kind, text_before, text_after, participant_before,
       participant_after, replied_on_before, replied_on_after, editor, reason, at)
     VALUES (@conferenceId, @replyId, @kind, @textBefore, @textAfter, @participantBefore,
       @participantAfter, @repliedOnBefore, @repliedOnAfter, @editor, @reason, @now)`
  );
  const question = prepareOpaque<[number], { conferenceId: number; status: Question['status'] }>(
    db,
    'SELECT conference_id AS conferenceId, status FROM questions WHERE id = ?'
  );
  const insert = prepareOpaque<ReplyFields & Pick<WrittenReply, 'conferenceId' | 'questionId'>, never>(
    db,
    `INSERT INTO written_replies (conference_id, question_id, participant_id, text, replied_on, created_at, updated_at)
     VALUES (@conferenceId, @questionId, @participantId, @text, @repliedOn, @now, @now)`
  );
  const update = prepareOpaque<ReplyFields & Pick<WrittenReply, 'id'>, never>(
    db,
    'UPDATE written_replies SET participant_id = @participantId, text = @text, replied_on = @repliedOn, updated_at = @now WHERE id = @id'
  );
  const softDelete = prepareOpaque<{ id: number; now: number }, never>(db, 'UPDATE written_replies SET deleted_at = @now WHERE id = @id');

  /** Keeps a change in the reply's history: what it was, and what it became. */
  function remember(
    ctx: CallContext,
    before: WrittenReply,
    after: Pick<WrittenReply, 'participantId' | 'text' | 'repliedOn'>,
    change: { kind: WrittenReplyRevision['kind']; editor: string; reason: string }
  ): void {
    insertHistory.run({
      conferenceId: before.conferenceId,
      replyId: before.id,
      kind: change.kind,
      textBefore: before.text,
      textAfter: after.text,
      participantBefore: before.participantId,
      participantAfter: after.participantId,
      repliedOnBefore: before.repliedOn,
      repliedOnAfter: after.repliedOn,
      editor: change.editor || ctx.actor,
      reason: change.reason,
      now: ctx.now()
    });
  }

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

    update(ctx: CallContext, { kind, editor, reason, ...input }: In<'reply.update'>): WrittenReply {
      const current = get(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      roster.requireParticipantOf(current.conferenceId, merged.participantId, 'participantId');
      const same = merged.participantId === current.participantId && merged.text === current.text && merged.repliedOn === current.repliedOn;
      if (same) return current;
      remember(ctx, current, merged, { kind, editor, reason });
      update.run({ ...merged, now: ctx.now() });
      ctx.emit('conference', current.conferenceId, current.id);
      return get(current.id);
    },

    remove(ctx: CallContext, input: In<'reply.remove'>): { id: number } {
      const reply = get(input.id);
      remember(ctx, reply, reply, { kind: 'deletion', editor: input.editor, reason: input.reason });
      softDelete.run({ id: reply.id, now: ctx.now() });
      ctx.emit('conference', reply.conferenceId, reply.id);
      return { id: reply.id };
    },

    history(id: number): WrittenReplyRevision[] {
      if (!anyReply.get(id)) fail('not_found', `No written reply with id ${id}.`, { field: 'id' });
      return historyOf.all(id).map(toWrittenReplyRevision);
    }
  };
}

export type WrittenReplyService = ReturnType<typeof createWrittenReplyService>;
