import type { Database } from 'better-sqlite3';
import type { Outlet, Question } from '../../../shared/domain';
import { fail, RostrumError } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { PreparedQuestion } from '../../../shared/prepared';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import { stripUndefined, type DirectoryService } from '../services/directory';
import type { QuestionService } from '../services/questions';
import { moved, type RosterService } from '../services/roster';
import { PREPARED_SELECT, toPrepared, type PreparedRow } from './rows';

/** What prepared.create and prepared.update write. */
type PreparedFields = Pick<PreparedQuestion, 'outletId' | 'reporterName' | 'text' | 'addressedToId' | 'topic'> & { dropped: boolean };

/** The prepared questions of a conference (报题): a list apart from the queue, turned into queue questions by ask. */
export function createPreparedService(
  db: Database,
  conferences: ConferenceService,
  roster: RosterService,
  directory: DirectoryService,
  questions: QuestionService
) {
  const byId = prepareOpaque<[number], PreparedRow>(db, `${PREPARED_SELECT} WHERE p.id = ?`);
  const listOf = prepareOpaque<[number], PreparedRow>(db, `${PREPARED_SELECT} WHERE p.conference_id = ? ORDER BY p.position, p.id`);
  const openOfOutlet = prepareOpaque<[conferenceId: number, outletId: number], PreparedRow>(
    db,
    `${PREPARED_SELECT} WHERE p.conference_id = ? AND p.outlet_id = ? AND p.dropped = 0
       AND NOT EXISTS (SELECT 1 FROM questions q WHERE q.prepared_id = p.id) ORDER BY p.position, p.id`
  );
  const lastPosition = prepareOpaque<[number], { p: number }>(
    db,
    'SELECT COALESCE(MAX(position), -1) AS p FROM prepared_questions WHERE conference_id = ?'
  );
  const insert = prepareOpaque<Omit<PreparedFields, 'dropped'> & { conferenceId: number; position: number; now: number }, never>(
    db,
    `INSERT INTO prepared_questions (conference_id, position, outlet_id, reporter_name, text, addressed_to_id, topic, created_at, updated_at)
     VALUES (@conferenceId, @position, @outletId, @reporterName, @text, @addressedToId, @topic, @now, @now)`
  );
  const update = prepareOpaque<Omit<PreparedFields, 'dropped'> & { id: number; dropped: 0 | 1; now: number }, never>(
    db,
    `UPDATE prepared_questions SET outlet_id = @outletId, reporter_name = @reporterName, text = @text, addressed_to_id = @addressedToId,
       topic = @topic, dropped = @dropped, updated_at = @now WHERE id = @id`
  );
  const remove = prepareOpaque<[number], never>(db, 'DELETE FROM prepared_questions WHERE id = ?');
  const setPosition = prepareOpaque<[position: number, id: number], never>(db, 'UPDATE prepared_questions SET position = ? WHERE id = ?');
  // an undone live action that would bring back a question from this prepared question when redone
  const redoable = prepareOpaque<{ conferenceId: number; comma: string; brace: string }, 1>(
    db,
    `SELECT 1 FROM live_actions WHERE conference_id = @conferenceId AND undone = 1
       AND (changes LIKE @comma ESCAPE '\\' OR changes LIKE @brace ESCAPE '\\') LIMIT 1`
  );
  const markAsked = prepareOpaque<[preparedId: number, questionId: number], never>(db, 'UPDATE questions SET prepared_id = ? WHERE id = ?');

  function get(id: number, field = 'id'): PreparedQuestion {
    const row = byId.get(id);
    if (!row) fail('not_found', `No prepared question with id ${id}.`, { field });
    return toPrepared(row);
  }

  function list(conferenceId: number): PreparedQuestion[] {
    conferences.get(conferenceId, 'conferenceId');
    return listOf.all(conferenceId).map(toPrepared);
  }

  /** The outlet and addressee must exist, and the addressee be on this conference's roster. */
  function validateRefs(conferenceId: number, fields: { outletId: number | null; addressedToId: number | null }): void {
    if (fields.outletId !== null) directory.getOutlet(fields.outletId, 'outletId');
    roster.requireParticipantOf(conferenceId, fields.addressedToId, 'addressedToId');
  }

  /** A new outlet given with a prepared question; a duplicate name is refused on the question's own field. */
  function createOutlet(ctx: CallContext, outlet: NonNullable<In<'prepared.create'>['newOutlet']>): Outlet {
    try {
      return directory.createOutlet(ctx, outlet);
    } catch (error) {
      if (error instanceof RostrumError && error.details?.field === 'name')
        fail(error.code, error.message, { ...error.details, field: 'newOutlet.name' });
      throw error;
    }
  }

  /** Adds one at the end of the list; import uses it for each row, in the same transaction. */
  function insertPrepared(ctx: CallContext, conferenceId: number, fields: Omit<PreparedFields, 'dropped'>): PreparedQuestion {
    const position = lastPosition.get(conferenceId)!.p + 1;
    const id = Number(
      insert.run({ ...fields, text: fields.text.trim(), topic: fields.topic.trim(), conferenceId, position, now: ctx.now() }).lastInsertRowid
    );
    ctx.emit('prepared', conferenceId, id);
    return get(id);
  }

  return {
    get,
    list,
    insertPrepared,

    forOutlet(input: In<'prepared.forOutlet'>): PreparedQuestion[] {
      conferences.get(input.conferenceId, 'conferenceId');
      directory.getOutlet(input.outletId, 'outletId');
      return openOfOutlet.all(input.conferenceId, input.outletId).map(toPrepared);
    },

    create(ctx: CallContext, { newOutlet, conferenceId, ...fields }: In<'prepared.create'>): PreparedQuestion {
      conferences.get(conferenceId, 'conferenceId');
      validateRefs(conferenceId, fields);
      const outletId = newOutlet ? createOutlet(ctx, newOutlet).id : fields.outletId;
      return insertPrepared(ctx, conferenceId, { ...fields, outletId });
    },

    update(ctx: CallContext, input: In<'prepared.update'>): PreparedQuestion {
      const current = get(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      validateRefs(current.conferenceId, merged);
      if (input.dropped === true && current.status === 'asked') {
        fail('invalid_state', 'This prepared question was asked; it cannot be dropped.', { field: 'dropped' });
      }
      const dropped = (input.dropped ?? current.status === 'dropped') ? 1 : 0;
      update.run({ ...merged, text: merged.text.trim(), topic: merged.topic.trim(), dropped, now: ctx.now() });
      ctx.emit('prepared', current.conferenceId, current.id);
      return get(current.id);
    },

    remove(ctx: CallContext, id: number): { id: number } {
      const current = get(id);
      // the question it became names it; removing it would leave undo unable to put that question back as it was
      if (current.status === 'asked') fail('invalid_state', 'This prepared question was asked; drop it instead of removing it.', { field: 'id' });
      const key = `%"prepared\\_id":${id}`;
      if (redoable.get({ conferenceId: current.conferenceId, comma: `${key},%`, brace: `${key}}%` })) {
        fail('invalid_state', 'Asking this prepared question was undone and can be redone; drop it instead of removing it.', { field: 'id' });
      }
      remove.run(id);
      ctx.emit('prepared', current.conferenceId, id);
      return { id };
    },

    move(ctx: CallContext, input: In<'prepared.move'>): PreparedQuestion[] {
      const current = get(input.id);
      const all = listOf.all(current.conferenceId);
      const order = moved(
        all,
        all.findIndex((p) => p.id === input.id),
        input.toIndex
      );
      order.forEach((p, position) => {
        if (p.position !== position) setPosition.run(position, p.id);
      });
      ctx.emit('prepared', current.conferenceId, input.id);
      return list(current.conferenceId);
    },

    /**
     * Registers the prepared question in the queue, in this one live action: the
     * question is marked as coming from it, which is what makes it asked (so undo,
     * deleting the question, makes it open again).
     */
    ask(ctx: CallContext, input: In<'prepared.ask'>): Question {
      const prepared = get(input.preparedId, 'preparedId');
      if (prepared.status !== 'open') {
        fail('invalid_state', `This prepared question is ${prepared.status}, not open.`, { field: 'preparedId', questionId: prepared.questionId });
      }
      const registered = questions.register(ctx, {
        conferenceId: prepared.conferenceId,
        outletId: prepared.outletId,
        reporterName: prepared.reporterName,
        text: prepared.text,
        addressedToId: prepared.addressedToId,
        followUpOf: input.followUpOf
      });
      markAsked.run(prepared.id, registered.id);
      ctx.emit('prepared', prepared.conferenceId, prepared.id);
      return questions.get(registered.id);
    }
  };
}

export type PreparedService = ReturnType<typeof createPreparedService>;
