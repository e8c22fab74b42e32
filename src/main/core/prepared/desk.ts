import type { Database } from 'better-sqlite3';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CardSend, DeskView } from '../../../shared/prepared';
import type { StageSnapshot } from '../../../shared/stage';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import type { CardService } from './cards';
import { toCardSend, type CardSendRow } from './rows';

/**
 * The spokespeople's desk: the card the moderator sent (card_sends, whose last
 * row per conference is what shows), and what desk.get reads. A send publishes
 * the 'desk' topic, so a desk view reading desk.get refetches at once.
 */
export function createDesk(
  db: Database,
  conferences: ConferenceService,
  cards: CardService,
  snapshot: (conferenceId: number, now: number) => StageSnapshot
) {
  const insert = prepareOpaque<{ conferenceId: number; cardId: number | null; now: number }, never>(
    db,
    `INSERT INTO card_sends (conference_id, card_id, question_id, at)
     VALUES (@conferenceId, @cardId, (SELECT id FROM questions WHERE conference_id = @conferenceId AND status = 'live'), @now)`
  );
  const byId = prepareOpaque<[number], CardSendRow>(db, 'SELECT * FROM card_sends WHERE id = ?');
  const lastOf = prepareOpaque<[number], CardSendRow>(db, 'SELECT * FROM card_sends WHERE conference_id = ? ORDER BY id DESC LIMIT 1');
  const allOf = prepareOpaque<[number], CardSendRow>(db, 'SELECT * FROM card_sends WHERE conference_id = ? ORDER BY id');

  return {
    send(ctx: CallContext, input: In<'cards.send'>): CardSend {
      conferences.requireStatusOf(input.conferenceId, ['draft', 'live'], 'send a card to the desk', 'conferenceId');
      if (input.cardId !== null) cards.getOf(input.conferenceId, input.cardId, 'cardId');
      const id = Number(insert.run({ conferenceId: input.conferenceId, cardId: input.cardId, now: ctx.now() }).lastInsertRowid);
      ctx.emit('desk', input.conferenceId, id);
      return toCardSend(byId.get(id)!);
    },

    sends(conferenceId: number): CardSend[] {
      conferences.get(conferenceId, 'conferenceId');
      return allOf.all(conferenceId).map(toCardSend);
    },

    get(conferenceId: number, now: number): DeskView {
      const conference = conferences.get(conferenceId, 'conferenceId');
      const stage = snapshot(conferenceId, now);
      const last = lastOf.get(conferenceId);
      const card = last?.card_id != null ? cards.get(last.card_id) : null;
      return {
        conference: {
          id: conference.id,
          title: conference.title,
          status: conference.status,
          language: conference.language,
          timeZone: conference.timeZone
        },
        segment: stage.segment,
        question: stage.question,
        card,
        cardSentAt: card ? last!.at : null,
        serverNow: stage.serverNow,
        revision: conference.revision
      };
    }
  };
}
