import type { Database } from 'better-sqlite3';
import type { Conference, Outlet, Question, Turn } from '../../../shared/domain';
import { RostrumError, fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toQuestion, type QuestionRow } from '../db/rows';
import type { ConferenceService } from './conferences';
import type { DirectoryService } from './directory';
import { stripUndefined } from './directory';
import { moved, type RosterService } from './roster';
import type { TurnService } from './turns';
import { prepareOpaque } from '../db/opaque-bindings';

/** Which closing each state allows. */
const CLOSINGS: Record<'waiting' | 'live', readonly Question['status'][]> = {
  waiting: ['withdrawn', 'not_reached', 'written_reply'],
  live: ['answered', 'withdrawn', 'written_reply']
};

/** What question.register and question.update write. */
type QuestionFields = Pick<Question, 'outletId' | 'reporterName' | 'text' | 'addressedToId'>;

/** What a call checks: the conference's status, the question still live, the segment under way. */
interface CallState {
  status: Conference['status'];
  liveQuestionId: number | null;
  liveSegmentId: number | null;
}

/** The question queue: register, reorder, call, answer, close. */
export function createQuestionService(
  db: Database,
  conferences: ConferenceService,
  roster: RosterService,
  directory: DirectoryService,
  turns: TurnService
) {
  const byId = prepareOpaque<[number], QuestionRow>(db, 'SELECT * FROM questions WHERE id = ?');
  const listOf = prepareOpaque<[number], QuestionRow>(db, 'SELECT * FROM questions WHERE conference_id = ? ORDER BY position, id');
  const waitingOf = prepareOpaque<[number], { id: number; position: number }>(
    db,
    "SELECT id, position FROM questions WHERE conference_id = ? AND status = 'waiting' ORDER BY position, id"
  );
  // what a call checks, in one read: the conference's status, the question still live, the segment under way
  const callState = prepareOpaque<[number], CallState>(
    db,
    `SELECT status,
       (SELECT id FROM questions WHERE conference_id = c.id AND status = 'live') AS liveQuestionId,
       (SELECT id FROM segments WHERE conference_id = c.id AND status = 'live') AS liveSegmentId
     FROM conferences c WHERE id = ?`
  );
  const lastPosition = prepareOpaque<[number], { p: number }>(db, 'SELECT COALESCE(MAX(position), -1) AS p FROM questions WHERE conference_id = ?');
  const firstWaitingPosition = prepareOpaque<[number], { p: number }>(
    db,
    "SELECT COALESCE(MIN(position), 0) AS p FROM questions WHERE conference_id = ? AND status = 'waiting'"
  );
  const insert = prepareOpaque<QuestionFields & { conferenceId: number; position: number; followUpOf: number | null; now: number }, never>(
    db,
    `INSERT INTO questions (conference_id, position, outlet_id, reporter_name, text, addressed_to_id, follow_up_of, registered_at)
     VALUES (@conferenceId, @position, @outletId, @reporterName, @text, @addressedToId, @followUpOf, @now)`
  );
  const update = prepareOpaque<QuestionFields & { id: number }, never>(
    db,
    'UPDATE questions SET outlet_id = @outletId, reporter_name = @reporterName, text = @text, addressed_to_id = @addressedToId WHERE id = @id'
  );
  const setPosition = prepareOpaque<[position: number, id: number], never>(db, 'UPDATE questions SET position = ? WHERE id = ?');
  const setLive = prepareOpaque<{ id: number; now: number; segmentId: number | null }, never>(
    db,
    "UPDATE questions SET status = 'live', asked_at = @now, segment_id = @segmentId WHERE id = @id"
  );
  const setClosed = prepareOpaque<{ id: number; status: Question['status']; now: number }, never>(
    db,
    'UPDATE questions SET status = @status, closed_at = @now WHERE id = @id'
  );
  const askingTurn = prepareOpaque<[number], { id: number; text: string }>(
    db,
    "SELECT id, text FROM turns WHERE question_id = ? AND speaker_kind = 'reporter' AND deleted_at IS NULL ORDER BY seq LIMIT 1"
  );
  const setTurnText = prepareOpaque<[text: string, outletId: number | null, reporterName: string, id: number], never>(
    db,
    'UPDATE turns SET text = ?, outlet_id = ?, reporter_name = ? WHERE id = ?'
  );
  const setLastQuestion = prepareOpaque<[questionId: number | null, conferenceId: number], never>(
    db,
    'UPDATE conferences SET last_question_id = ? WHERE id = ?'
  );

  function getRow(id: number, field = 'id'): QuestionRow {
    const row = byId.get(id);
    if (!row) fail('not_found', `No question with id ${id}.`, { field });
    return row;
  }

  function get(id: number, field = 'id'): Question {
    return toQuestion(getRow(id, field));
  }

  /** Who asks, as the undo menu names the action: the outlet, or the reporter without one. */
  function outletName(question: Question, outlet?: Outlet | null): string {
    if (question.outletId === null) return question.reporterName;
    return (outlet ?? directory.getOutlet(question.outletId)).name;
  }

  /** Checks the ids a question refers to; answers its outlet, if it has one. */
  function validateRefs(conferenceId: number, fields: { outletId: number | null; addressedToId: number | null }): Outlet | null {
    const outlet = fields.outletId !== null ? directory.getOutlet(fields.outletId, 'outletId') : null;
    roster.requireParticipantOf(conferenceId, fields.addressedToId, 'addressedToId');
    return outlet;
  }

  /** A new outlet given with a question; a duplicate name is refused on the question's own field. */
  function createOutlet(ctx: CallContext, outlet: NonNullable<In<'question.register'>['newOutlet']>): Outlet {
    try {
      return directory.createOutlet(ctx, outlet);
    } catch (error) {
      if (error instanceof RostrumError && error.details?.field === 'name') {
        fail(error.code, error.message, { ...error.details, field: 'newOutlet.name' });
      }
      throw error;
    }
  }

  function openConference(conferenceId: number, action: string): void {
    conferences.requireStatusOf(conferenceId, ['draft', 'live'], action, 'conferenceId');
  }

  return {
    get,

    /** The question, or null when there is none with that id. */
    find(id: number): Question | null {
      const row = byId.get(id);
      return row ? toQuestion(row) : null;
    },

    list(conferenceId: number): Question[] {
      conferences.get(conferenceId, 'conferenceId');
      return listOf.all(conferenceId).map(toQuestion);
    },

    register(ctx: CallContext, { newOutlet, ...input }: In<'question.register'>): Question {
      openConference(input.conferenceId, 'register a question');
      const givenOutlet = validateRefs(input.conferenceId, input);
      if (input.followUpOf !== null) {
        const original = get(input.followUpOf, 'followUpOf');
        if (original.conferenceId !== input.conferenceId) {
          fail('invalid_input', 'A follow-up must follow a question of the same conference.', { field: 'followUpOf' });
        }
      }
      // A follow-up is asked straight after the question it follows, so it goes to the head of the queue.
      const position = input.followUpOf !== null ? firstWaitingPosition.get(input.conferenceId)!.p - 1 : lastPosition.get(input.conferenceId)!.p + 1;
      // Created in this transaction, so a refused question leaves no outlet behind. Undo leaves the
      // outlet in the directory: it is shared by every conference, and undo stacks are per conference.
      const outlet = newOutlet ? createOutlet(ctx, newOutlet) : givenOutlet;
      const id = Number(insert.run({ ...input, outletId: outlet?.id ?? input.outletId, position, now: ctx.now() }).lastInsertRowid);
      ctx.created('questions', id, input.conferenceId);
      const question = get(id);
      ctx.describe(input.conferenceId, 'question.register', { outlet: outletName(question, outlet) });
      return question;
    },

    update(ctx: CallContext, input: In<'question.update'>): Question {
      const current = get(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      validateRefs(current.conferenceId, merged);
      ctx.touch('questions', current.id, current.conferenceId);
      update.run(merged);
      // The asking turn follows the question's text until it has been edited on its own.
      const asking = askingTurn.get(current.id);
      if (asking && (asking.text === current.text || input.outletId !== undefined || input.reporterName !== undefined)) {
        ctx.touch('turns', asking.id, current.conferenceId);
        setTurnText.run(asking.text === current.text ? merged.text : asking.text, merged.outletId, merged.reporterName, asking.id);
      }
      const question = get(current.id);
      ctx.describe(current.conferenceId, 'question.update', { outlet: outletName(question) });
      return question;
    },

    move(ctx: CallContext, input: In<'question.move'>): Question[] {
      const question = get(input.id);
      if (question.status !== 'waiting') fail('invalid_state', 'Only a waiting question can be moved.', { field: 'id' });
      const waiting = waitingOf.all(question.conferenceId);
      const slots = waiting.map((q) => q.position);
      const order = moved(
        waiting,
        waiting.findIndex((q) => q.id === input.id),
        input.toIndex
      );
      order.forEach((q, index) => {
        if (q.position === slots[index]) return;
        ctx.touch('questions', q.id, question.conferenceId);
        setPosition.run(slots[index], q.id);
      });
      ctx.describe(question.conferenceId, 'question.move', { outlet: outletName(question) });
      return listOf.all(question.conferenceId).map(toQuestion);
    },

    call(ctx: CallContext, input: In<'question.call'>): Question {
      const state = callState.get(input.conferenceId);
      conferences.checkStatus(input.conferenceId, state?.status, ['live'], 'call a question', 'conferenceId');
      const { liveQuestionId, liveSegmentId: segmentId } = state!;
      let closed: Question | null = null;
      if (liveQuestionId !== null) {
        if (!input.closeLive) {
          fail('invalid_state', 'Another question is still live; close it before calling the next.', { field: 'id', liveQuestionId });
        }
        closed = get(liveQuestionId);
        ctx.touch('questions', liveQuestionId, input.conferenceId);
        setClosed.run({ id: liveQuestionId, status: input.closeLive, now: ctx.now() });
      }
      let id = input.id;
      if (id === undefined) {
        const first = waitingOf.get(input.conferenceId);
        if (!first) fail('invalid_state', 'No question is waiting.', { field: 'conferenceId' });
        id = first.id;
      }
      const row = getRow(id);
      const question = toQuestion(row);
      if (question.conferenceId !== input.conferenceId) {
        fail('invalid_input', 'That question belongs to another conference.', { field: 'id' });
      }
      if (question.status !== 'waiting') fail('invalid_state', `That question is ${question.status}, not waiting.`, { field: 'id' });
      ctx.touch('questions', id, input.conferenceId, row);
      setLive.run({ id, now: ctx.now(), segmentId });
      if (question.text.trim()) {
        turns.insertTurn(ctx, {
          conferenceId: input.conferenceId,
          speakerKind: 'reporter',
          participantId: null,
          outletId: question.outletId,
          reporterName: question.reporterName,
          questionId: id,
          segmentId,
          text: question.text,
          conferenceStatus: 'live'
        });
      }
      if (closed) {
        // one undo step names both: "大众网 已回答，叫号 新华社"
        ctx.describe(input.conferenceId, `question.closeAndCall.${input.closeLive!}`, {
          closed: outletName(closed),
          outlet: outletName(question)
        });
      } else ctx.describe(input.conferenceId, 'question.call', { outlet: outletName(question) });
      return get(id);
    },

    close(ctx: CallContext, input: In<'question.close'>): Question {
      const question = get(input.id);
      conferences.requireStatusOf(question.conferenceId, ['draft', 'live'], 'close a question');
      const allowed = question.status === 'waiting' || question.status === 'live' ? CLOSINGS[question.status] : [];
      if (!allowed.includes(input.status)) {
        fail('invalid_state', `A ${question.status} question cannot be marked ${input.status}.`, { field: 'status' });
      }
      ctx.touch('questions', question.id, question.conferenceId);
      setClosed.run({ id: question.id, status: input.status, now: ctx.now() });
      ctx.describe(question.conferenceId, `question.close.${input.status}`, { outlet: outletName(question) });
      return get(question.id);
    },

    markLast(ctx: CallContext, input: In<'question.markLast'>): Conference {
      const conference = conferences.get(input.conferenceId, 'conferenceId');
      conferences.requireStatus(conference, ['draft', 'live'], 'mark the last question');
      let outlet = '';
      if (input.id !== null) {
        const question = get(input.id);
        if (question.conferenceId !== input.conferenceId) {
          fail('invalid_input', 'That question belongs to another conference.', { field: 'id' });
        }
        outlet = outletName(question);
      }
      ctx.touch('conferences', input.conferenceId, input.conferenceId);
      setLastQuestion.run(input.id, input.conferenceId);
      ctx.describe(input.conferenceId, input.id === null ? 'question.unmarkLast' : 'question.markLast', { outlet });
      return conferences.get(input.conferenceId);
    },

    answer(ctx: CallContext, input: In<'answer.record'>): Turn {
      const question = get(input.questionId, 'questionId');
      conferences.requireStatusOf(question.conferenceId, ['live'], 'record an answer', 'questionId');
      if (question.status !== 'live' && question.status !== 'answered') {
        fail('invalid_state', `The question is ${question.status}; call it before recording an answer.`, {
          field: 'questionId'
        });
      }
      const speaker = roster.requireParticipantOf(question.conferenceId, input.participantId, 'participantId');
      const turnId = turns.insertTurn(ctx, {
        conferenceId: question.conferenceId,
        speakerKind: 'participant',
        participantId: input.participantId,
        outletId: null,
        reporterName: '',
        questionId: question.id,
        segmentId: question.segmentId,
        text: input.text,
        conferenceStatus: 'live'
      });
      if (input.close) {
        if (question.status !== 'live')
          fail('invalid_state', `The question is ${question.status}, not live; it cannot be closed again.`, { field: 'close' });
        ctx.touch('questions', question.id, question.conferenceId);
        setClosed.run({ id: question.id, status: 'answered', now: ctx.now() });
      }
      const label = input.close ? 'answer.recordAndClose' : 'answer.record';
      ctx.describe(question.conferenceId, label, { speaker: speaker.name, outlet: outletName(question) });
      return turns.get(turnId);
    }
  };
}

export type QuestionService = ReturnType<typeof createQuestionService>;
