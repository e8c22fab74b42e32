import type { Database } from 'better-sqlite3';
import type { ConferenceStatus, Question, SpeakerKind, Turn, TurnRevision } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { SUPPLEMENTARY, toTurn, toTurnRevision, type TurnRevisionRow, type TurnRow } from '../db/rows';
import type { ConferenceService } from './conferences';
import type { DirectoryService } from './directory';
import type { RosterService } from './roster';
import { prepareOpaque } from '../db/opaque-bindings';

export interface NewTurn {
  conferenceId: number;
  speakerKind: SpeakerKind;
  participantId: number | null;
  outletId: number | null;
  reporterName: string;
  questionId: number | null;
  segmentId: number | null;
  text: string;
  afterTurnId?: number | null;
  /** the turn this one interprets */
  interpretsTurnId?: number | null;
  /** the conference's status when the caller has just checked it, to spare reading it again */
  conferenceStatus?: ConferenceStatus;
}

/** What a new turn's row is written from. */
type TurnFields = Omit<NewTurn, 'afterTurnId' | 'interpretsTurnId' | 'conferenceStatus'> & {
  seq: number;
  now: number;
  /** null while the turn is open */
  endedAt: number | null;
  interpretsTurnId: number | null;
};

interface HistoryFields {
  turnId: number;
  kind: TurnRevision['kind'];
  before: string;
  after: string;
  editor: string;
  reason: string;
  now: number;
}

/** Turns: everything said, in order. The transcript is the turns, rendered. */
export function createTurnService(db: Database, conferences: ConferenceService, roster: RosterService, directory: DirectoryService) {
  const byId = prepareOpaque<[number], TurnRow>(db, `SELECT t.*, ${SUPPLEMENTARY} FROM turns t WHERE id = ? AND deleted_at IS NULL`);
  const listOf = prepareOpaque<[number], TurnRow>(
    db,
    `SELECT t.*, ${SUPPLEMENTARY} FROM turns t WHERE conference_id = ? AND deleted_at IS NULL ORDER BY seq`
  );
  const someOf = prepareOpaque<[conferenceId: number, idsJson: string], TurnRow>(
    db,
    `SELECT t.*, ${SUPPLEMENTARY} FROM turns t
     WHERE conference_id = ? AND deleted_at IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY seq`
  );
  // one read for both: the last position, and the turn still open (a live turn ends it)
  const tail = prepareOpaque<{ id: number }, { seq: number; openId: number | null }>(
    db,
    `SELECT COALESCE(MAX(seq), 0) AS seq,
       (SELECT id FROM turns WHERE conference_id = @id AND is_open = 1 AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1) AS openId
     FROM turns WHERE conference_id = @id`
  );
  const nextSeqAfter = prepareOpaque<[conferenceId: number, seq: number], { seq: number | null }>(
    db,
    'SELECT MIN(seq) AS seq FROM turns WHERE conference_id = ? AND seq > ?'
  );
  // the same width as the start it replaces, so the row is overwritten in place (migration 007)
  const closeTurn = prepareOpaque<{ id: number; now: number }, never>(db, 'UPDATE turns SET ended_at = @now, is_open = 0 WHERE id = @id');
  const liveSegment = prepareOpaque<[number], { id: number }>(db, "SELECT id FROM segments WHERE conference_id = ? AND status = 'live'");
  const insert = prepareOpaque<TurnFields, never>(
    db,
    `INSERT INTO turns (conference_id, seq, segment_id, question_id, speaker_kind, participant_id, outlet_id,
       reporter_name, text, started_at, ended_at, is_open, interprets_turn_id)
     VALUES (@conferenceId, @seq, @segmentId, @questionId, @speakerKind, @participantId, @outletId,
       @reporterName, @text, @now, COALESCE(@endedAt, @now), @endedAt IS NULL, @interpretsTurnId)`
  );
  const updateText = prepareOpaque<{ id: number; text: string; now: number }, never>(
    db,
    'UPDATE turns SET text = @text, edited_at = @now WHERE id = @id'
  );
  const softDelete = prepareOpaque<{ id: number; now: number }, never>(db, 'UPDATE turns SET deleted_at = @now WHERE id = @id');
  const insertHistory = prepareOpaque<HistoryFields, never>(
    db,
    `INSERT INTO turn_history (turn_id, kind, text_before, text_after, editor, reason, at)
     VALUES (@turnId, @kind, @before, @after, @editor, @reason, @now)`
  );
  const historyOf = prepareOpaque<[number], TurnRevisionRow>(db, 'SELECT * FROM turn_history WHERE turn_id = ? ORDER BY id');
  const anyTurn = prepareOpaque<[number], { id: number }>(db, 'SELECT id FROM turns WHERE id = ?');
  const questionOf = prepareOpaque<[number], { conferenceId: number; status: Question['status']; askedAt: number | null }>(
    db,
    'SELECT conference_id AS conferenceId, status, asked_at AS askedAt FROM questions WHERE id = ?'
  );

  function get(id: number, field = 'id'): Turn {
    const row = byId.get(id);
    if (!row) fail('not_found', `No turn with id ${id}.`, { field });
    return toTurn(row);
  }

  function validateSpeaker(turn: NewTurn): void {
    if (turn.speakerKind === 'participant') {
      if (turn.participantId === null) fail('invalid_input', 'A participant’s turn needs the participant.', { field: 'participantId' });
      roster.requireParticipantOf(turn.conferenceId, turn.participantId, 'participantId');
    } else if (turn.participantId !== null) {
      fail('invalid_input', 'Only a participant’s turn names a participant.', { field: 'participantId' });
    }
    if (turn.outletId !== null) directory.getOutlet(turn.outletId, 'outletId');
    if (turn.speakerKind === 'reporter' && turn.outletId === null && !turn.reporterName.trim()) {
      fail('invalid_input', 'A reporter’s turn needs an outlet or a reporter’s name.', { field: 'outletId' });
    }
  }

  /**
   * Inserts a turn and answers its id; a live turn ends the one before it, so
   * every turn has a start and an end. The caller has checked the speaker
   * (`validateSpeaker` for one given in input): a live write reads nothing twice.
   */
  function insertTurn(ctx: CallContext, turn: NewTurn): number {
    const status =
      turn.conferenceStatus ?? conferences.requireStatusOf(turn.conferenceId, ['draft', 'live', 'ended'], 'record a turn', 'conferenceId');
    const now = ctx.now();
    let seq: number;
    let endedAt: number | null = null;
    if (turn.afterTurnId) {
      const after = get(turn.afterTurnId, 'afterTurnId');
      if (after.conferenceId !== turn.conferenceId) {
        fail('invalid_input', 'That turn belongs to another conference.', { field: 'afterTurnId' });
      }
      const next = nextSeqAfter.get(turn.conferenceId, after.seq)!.seq;
      seq = next === null ? after.seq + 1 : (after.seq + next) / 2;
      endedAt = now;
    } else {
      const last = tail.get({ id: turn.conferenceId })!;
      seq = last.seq + 1;
      if (status === 'live') {
        if (last.openId !== null) {
          ctx.touch('turns', last.openId, turn.conferenceId);
          closeTurn.run({ id: last.openId, now });
        }
      } else {
        endedAt = now;
      }
    }
    const segmentId = turn.segmentId ?? liveSegment.get(turn.conferenceId)?.id ?? null;
    const interpretsTurnId = turn.interpretsTurnId ?? null;
    const id = Number(insert.run({ ...turn, seq, segmentId, now, endedAt, interpretsTurnId }).lastInsertRowid);
    ctx.created('turns', id, turn.conferenceId);
    return id;
  }

  return {
    get,
    validateSpeaker,

    /** The turn, or null when there is none with that id or it was deleted. */
    find(id: number): Turn | null {
      const row = byId.get(id);
      return row ? toTurn(row) : null;
    },
    insertTurn,

    /** Every turn, or only the given ones (a deleted or unknown id is left out). */
    list(conferenceId: number, ids?: number[]): Turn[] {
      conferences.get(conferenceId, 'conferenceId');
      const rows = ids ? someOf.all(conferenceId, JSON.stringify(ids)) : listOf.all(conferenceId);
      return rows.map(toTurn);
    },

    add(ctx: CallContext, input: In<'turn.add'>): Turn {
      const status = conferences.requireStatusOf(input.conferenceId, ['live', 'ended'], 'record a turn', 'conferenceId');
      if (input.segmentId) {
        const segment = roster.getSegment(input.segmentId, 'segmentId');
        if (segment.conferenceId !== input.conferenceId) {
          fail('invalid_input', 'That segment belongs to another conference.', { field: 'segmentId' });
        }
      }
      if (input.questionId !== null) {
        const question = questionOf.get(input.questionId);
        if (!question) fail('not_found', `No question with id ${input.questionId}.`, { field: 'questionId' });
        if (question.conferenceId !== input.conferenceId) {
          fail('invalid_input', 'That question belongs to another conference.', { field: 'questionId' });
        }
        // Words on a question never asked aloud would print with nothing above them; its answer is a written reply.
        if (question.status === 'written_reply' && question.askedAt === null) {
          fail('invalid_state', 'That question was left for a written reply without being asked aloud; record its reply with reply.record.', {
            field: 'questionId'
          });
        }
      }
      const newTurn = { ...input, segmentId: input.segmentId ?? null, conferenceStatus: status };
      validateSpeaker(newTurn);
      const turn = get(insertTurn(ctx, newTurn));
      ctx.describe(input.conferenceId, 'turn.add', { text: turn.text.slice(0, 20) });
      return turn;
    },

    update(ctx: CallContext, input: In<'turn.update'>): Turn {
      const turn = get(input.id);
      if (turn.text === input.text) return turn;
      const now = ctx.now();
      insertHistory.run({
        turnId: turn.id,
        kind: input.kind,
        before: turn.text,
        after: input.text,
        editor: input.editor || ctx.actor,
        reason: input.reason,
        now
      });
      updateText.run({ id: turn.id, text: input.text, now });
      ctx.emit('turns', turn.conferenceId, turn.id);
      return get(turn.id);
    },

    delete(ctx: CallContext, input: In<'turn.delete'>): { id: number } {
      const turn = get(input.id);
      const now = ctx.now();
      insertHistory.run({
        turnId: turn.id,
        kind: 'deletion',
        before: turn.text,
        after: '',
        editor: input.editor || ctx.actor,
        reason: input.reason,
        now
      });
      softDelete.run({ id: turn.id, now });
      ctx.emit('turns', turn.conferenceId, turn.id);
      return { id: turn.id };
    },

    history(id: number): TurnRevision[] {
      if (!anyTurn.get(id)) fail('not_found', `No turn with id ${id}.`, { field: 'id' });
      return historyOf.all(id).map(toTurnRevision);
    }
  };
}

export type TurnService = ReturnType<typeof createTurnService>;
