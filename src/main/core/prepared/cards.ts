import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { AnswerCard } from '../../../shared/prepared';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import { stripUndefined } from '../services/directory';
import type { RosterService } from '../services/roster';
import type { PreparedService } from './prepared-questions';
import { CARD_SELECT, toCard, type AnswerCardRow } from './rows';

type CardFields = Omit<AnswerCard, 'id' | 'conferenceId' | 'position' | 'preparedIds' | 'createdAt' | 'updatedAt'>;
type CardParams = Omit<CardFields, 'doNotVolunteer'> & { doNotVolunteer: 0 | 1 };

const params = (fields: CardFields): CardParams => ({
  participantId: fields.participantId,
  topic: fields.topic.trim(),
  title: fields.title.trim(),
  points: fields.points,
  figures: fields.figures,
  usePhrases: fields.usePhrases,
  avoidPhrases: fields.avoidPhrases,
  doNotVolunteer: fields.doNotVolunteer ? 1 : 0,
  keywords: fields.keywords
});

/** Answer-point cards (口径) of a conference, each for a spokesperson, linked to prepared questions. */
export function createCardService(db: Database, conferences: ConferenceService, roster: RosterService, prepared: PreparedService) {
  const byId = prepareOpaque<[number], AnswerCardRow>(db, `${CARD_SELECT} WHERE c.id = ?`);
  const listOf = prepareOpaque<[number], AnswerCardRow>(db, `${CARD_SELECT} WHERE c.conference_id = ? ORDER BY c.position, c.id`);
  const lastPosition = prepareOpaque<[number], { p: number }>(
    db,
    'SELECT COALESCE(MAX(position), -1) AS p FROM answer_cards WHERE conference_id = ?'
  );
  const insert = prepareOpaque<CardParams & { conferenceId: number; position: number; now: number }, never>(
    db,
    `INSERT INTO answer_cards (conference_id, position, participant_id, topic, title, points, figures, use_phrases, avoid_phrases,
       do_not_volunteer, keywords, created_at, updated_at)
     VALUES (@conferenceId, @position, @participantId, @topic, @title, @points, @figures, @usePhrases, @avoidPhrases,
       @doNotVolunteer, @keywords, @now, @now)`
  );
  const update = prepareOpaque<CardParams & { id: number; now: number }, never>(
    db,
    `UPDATE answer_cards SET participant_id = @participantId, topic = @topic, title = @title, points = @points, figures = @figures,
       use_phrases = @usePhrases, avoid_phrases = @avoidPhrases, do_not_volunteer = @doNotVolunteer, keywords = @keywords,
       updated_at = @now WHERE id = @id`
  );
  const remove = prepareOpaque<[number], never>(db, 'DELETE FROM answer_cards WHERE id = ?');
  const link = prepareOpaque<[cardId: number, preparedId: number], never>(
    db,
    'INSERT OR IGNORE INTO card_links (card_id, prepared_id) VALUES (?, ?)'
  );
  const unlink = prepareOpaque<[cardId: number, preparedId: number], never>(db, 'DELETE FROM card_links WHERE card_id = ? AND prepared_id = ?');

  function get(id: number, field = 'id'): AnswerCard {
    const row = byId.get(id);
    if (!row) fail('not_found', `No card with id ${id}.`, { field });
    return toCard(row);
  }

  /** The card, refused unless it belongs to the conference. */
  function getOf(conferenceId: number, id: number, field: string): AnswerCard {
    const card = get(id, field);
    if (card.conferenceId !== conferenceId) fail('invalid_input', 'That card belongs to another conference.', { field });
    return card;
  }

  /** The spokesperson must be on this conference's roster. */
  function checkParticipant(conferenceId: number, participantId: number | null): void {
    roster.requireParticipantOf(conferenceId, participantId, 'participantId');
  }

  /** The prepared question, refused unless it belongs to the card's conference. */
  function preparedOf(conferenceId: number, preparedId: number, field: string): void {
    if (prepared.get(preparedId, field).conferenceId !== conferenceId) {
      fail('invalid_input', 'That prepared question belongs to another conference.', { field });
    }
  }

  /** Adds one at the end; import uses it for each row, in the same transaction. */
  function insertCard(ctx: CallContext, conferenceId: number, fields: CardFields, preparedIds: readonly number[]): AnswerCard {
    const position = lastPosition.get(conferenceId)!.p + 1;
    const id = Number(insert.run({ ...params(fields), conferenceId, position, now: ctx.now() }).lastInsertRowid);
    for (const preparedId of preparedIds) link.run(id, preparedId);
    ctx.emit('prepared', conferenceId, id);
    return get(id);
  }

  return {
    get,
    getOf,
    insertCard,

    list(conferenceId: number): AnswerCard[] {
      conferences.get(conferenceId, 'conferenceId');
      return listOf.all(conferenceId).map(toCard);
    },

    create(ctx: CallContext, { conferenceId, preparedIds, ...fields }: In<'cards.create'>): AnswerCard {
      conferences.get(conferenceId, 'conferenceId');
      checkParticipant(conferenceId, fields.participantId);
      preparedIds.forEach((id, i) => preparedOf(conferenceId, id, `preparedIds.${i}`));
      return insertCard(ctx, conferenceId, fields, preparedIds);
    },

    update(ctx: CallContext, input: In<'cards.update'>): AnswerCard {
      const current = get(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      checkParticipant(current.conferenceId, merged.participantId);
      update.run({ ...params(merged), id: current.id, now: ctx.now() });
      ctx.emit('prepared', current.conferenceId, current.id);
      return get(current.id);
    },

    remove(ctx: CallContext, id: number): { id: number } {
      const current = get(id);
      remove.run(id);
      ctx.emit('prepared', current.conferenceId, id);
      return { id };
    },

    link(ctx: CallContext, input: In<'cards.link'>): AnswerCard {
      const card = get(input.cardId, 'cardId');
      preparedOf(card.conferenceId, input.preparedId, 'preparedId');
      link.run(card.id, input.preparedId);
      ctx.emit('prepared', card.conferenceId, card.id);
      return get(card.id);
    },

    unlink(ctx: CallContext, input: In<'cards.unlink'>): AnswerCard {
      const card = get(input.cardId, 'cardId');
      if (!card.preparedIds.includes(input.preparedId))
        fail('not_found', 'That card is not linked to that prepared question.', { field: 'preparedId' });
      unlink.run(card.id, input.preparedId);
      ctx.emit('prepared', card.conferenceId, card.id);
      return get(card.id);
    }
  };
}

export type CardService = ReturnType<typeof createCardService>;
