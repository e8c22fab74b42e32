import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { Redaction } from '../../../shared/methods-export';
import type { CallContext } from '../context';
import type { ConferenceService } from '../services/conferences';
import { prepareOpaque } from '../db/opaque-bindings';

/** A redaction as stored, before it is checked against the turn's current text. */
export type StoredRedaction = Omit<Redaction, 'stale'>;

/**
 * Where a redaction sits in the turn's current text: at its offsets while they
 * still hold the quote, else wherever the quote moved to after a correction,
 * else nowhere (stale), so that no offset ever hides the wrong words.
 */
export function locate(text: string, r: { start: number; end: number; quote: string }): [number, number] | null {
  if (text.slice(r.start, r.end) === r.quote) return [r.start, r.end];
  const at = r.quote ? text.indexOf(r.quote) : -1;
  return at >= 0 ? [at, at + r.quote.length] : null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A redaction as read with its turn's conference and current text. */
type RedactionRow = {
  id: number;
  turn_id: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  reason: string;
  created_at: number;
  conference_id: number;
  text: string;
};

/** The redactions table: spans of a turn's text kept out of the public transcript. */
export function createRedactionService(db: Database, conferences: ConferenceService) {
  const select = `SELECT r.*, t.conference_id, t.text FROM redactions r JOIN turns t ON t.id = r.turn_id`;
  const byId = prepareOpaque<[number], RedactionRow>(db, `${select} WHERE r.id = ?`);
  const ofConference = prepareOpaque<[number], RedactionRow>(db, `${select} WHERE t.conference_id = ? ORDER BY t.seq, r.start_offset, r.id`);
  const turnById = prepareOpaque<[number], { id: number; conference_id: number; text: string }>(
    db,
    'SELECT id, conference_id, text FROM turns WHERE id = ? AND deleted_at IS NULL'
  );
  const insert = prepareOpaque<{ turnId: number; start: number; end: number; quote: string; reason: string; now: number }, never>(
    db,
    `INSERT INTO redactions (turn_id, start_offset, end_offset, quote, reason, created_at)
     VALUES (@turnId, @start, @end, @quote, @reason, @now)`
  );
  const remove = prepareOpaque<[number], never>(db, 'DELETE FROM redactions WHERE id = ?');

  function toStored(r: RedactionRow): StoredRedaction {
    return {
      id: r.id,
      turnId: r.turn_id,
      conferenceId: r.conference_id,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
      reason: r.reason,
      createdAt: r.created_at
    };
  }

  function toRedaction(r: RedactionRow): Redaction {
    const stored = toStored(r);
    return { ...stored, stale: locate(r.text, stored) === null };
  }

  function get(id: number): Redaction {
    const row = byId.get(id);
    if (!row) fail('not_found', `No redaction with id ${id}.`, { field: 'id' });
    return toRedaction(row);
  }

  return {
    /** Every redaction of a conference as stored (the exports locate them in the current text). */
    storedOf(conferenceId: number): StoredRedaction[] {
      return ofConference.all(conferenceId).map(toStored);
    },

    list(conferenceId: number): Redaction[] {
      conferences.get(conferenceId, 'conferenceId');
      return ofConference.all(conferenceId).map(toRedaction);
    },

    add(ctx: CallContext, input: In<'redaction.add'>): Redaction {
      const turn = turnById.get(input.turnId);
      if (!turn) fail('not_found', `No turn with id ${input.turnId}.`, { field: 'turnId' });
      if (input.end > turn.text.length) {
        fail('invalid_input', `end: the turn has only ${turn.text.length} characters.`, { field: 'end' });
      }
      // A span that cuts a surrogate pair would leave half an emoji on each side.
      for (const [field, at] of [
        ['start', input.start],
        ['end', input.end]
      ] as const) {
        if (at > 0 && at < turn.text.length && isHighSurrogate(turn.text.charCodeAt(at - 1))) {
          fail('invalid_input', `${field}: must not split a character in two.`, { field });
        }
      }
      const quote = turn.text.slice(input.start, input.end);
      const id = Number(insert.run({ ...input, quote, now: ctx.now() }).lastInsertRowid);
      ctx.emit('turns', turn.conference_id, turn.id);
      return get(id);
    },

    remove(ctx: CallContext, id: number): { id: number } {
      const redaction = get(id);
      remove.run(id);
      ctx.emit('turns', redaction.conferenceId, redaction.turnId);
      return { id };
    }
  };
}

export type RedactionService = ReturnType<typeof createRedactionService>;
