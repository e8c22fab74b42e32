/**
 * Questions before the room in the conference's record and its JSON file:
 * read with the record, written to the file only for an internal export (cards
 * are never in a public one), checked and imported with it.
 */
import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/errors';
import type { AnswerCard, CardSend, PreparedQuestion } from '../../../shared/prepared';
import type { Audience, ConferenceFile } from '../../../shared/schemas-export';
import { prepareOpaque } from '../db/opaque-bindings';
import { CARD_SELECT, PREPARED_SELECT, toCard, toCardSend, toPrepared, type AnswerCardRow, type CardSendRow, type PreparedRow } from './rows';

export interface PreparedRecord {
  preparedQuestions: PreparedQuestion[];
  cards: AnswerCard[];
  cardSends: CardSend[];
}

export function createPreparedRecordLoader(db: Database) {
  const preparedOf = prepareOpaque<[number], PreparedRow>(db, `${PREPARED_SELECT} WHERE p.conference_id = ? ORDER BY p.position, p.id`);
  const cardsOf = prepareOpaque<[number], AnswerCardRow>(db, `${CARD_SELECT} WHERE c.conference_id = ? ORDER BY c.position, c.id`);
  const sendsOf = prepareOpaque<[number], CardSendRow>(db, 'SELECT * FROM card_sends WHERE conference_id = ? ORDER BY id');
  return (conferenceId: number): PreparedRecord => ({
    preparedQuestions: preparedOf.all(conferenceId).map(toPrepared),
    cards: cardsOf.all(conferenceId).map(toCard),
    cardSends: sendsOf.all(conferenceId).map(toCardSend)
  });
}

type PreparedFile = Pick<ConferenceFile, 'preparedQuestions' | 'cards' | 'cardSends'>;

/** The file's part: everything for an internal export, nothing for a public one. */
export function toPreparedFile(record: PreparedRecord, audience: Audience): PreparedFile {
  if (audience === 'public') return { preparedQuestions: [], cards: [], cardSends: [] };
  return {
    preparedQuestions: record.preparedQuestions.map((p) => ({
      id: p.id,
      position: p.position,
      outletId: p.outletId,
      reporterName: p.reporterName,
      text: p.text,
      addressedToId: p.addressedToId,
      topic: p.topic,
      dropped: p.status === 'dropped',
      createdAt: p.createdAt,
      updatedAt: p.updatedAt
    })),
    cards: record.cards.map(({ conferenceId: _c, ...card }) => card),
    cardSends: record.cardSends.map(({ conferenceId: _c, ...send }) => send)
  };
}

type Ref = (field: string, value: number | null, within: Set<number>, what: string) => void;

/** Every id the file's prepared part refers to is one the file holds (as checkReferences does for the rest). */
export function checkPreparedReferences(
  file: ConferenceFile,
  known: { outlets: Set<number>; participants: Set<number>; questions: Set<number> },
  ids: (name: string, items: { id: number }[]) => Set<number>,
  ref: Ref
): void {
  const prepared = ids('preparedQuestions', file.preparedQuestions);
  const cards = ids('cards', file.cards);
  ids('cardSends', file.cardSends);
  file.preparedQuestions.forEach((p, i) => {
    ref(`preparedQuestions.${i}.outletId`, p.outletId, known.outlets, 'outlet');
    ref(`preparedQuestions.${i}.addressedToId`, p.addressedToId, known.participants, 'participant');
  });
  file.cards.forEach((c, i) => {
    ref(`cards.${i}.participantId`, c.participantId, known.participants, 'participant');
    c.preparedIds.forEach((id, j) => ref(`cards.${i}.preparedIds.${j}`, id, prepared, 'prepared question'));
  });
  file.cardSends.forEach((s, i) => {
    ref(`cardSends.${i}.cardId`, s.cardId, cards, 'card');
    ref(`cardSends.${i}.questionId`, s.questionId, known.questions, 'question');
  });
  const asked = new Set<number>();
  file.questions.forEach((q, i) => {
    ref(`questions.${i}.preparedId`, q.preparedId, prepared, 'prepared question');
    ref(`questions.${i}.mergedInto`, q.mergedInto, known.questions, 'question');
    if (q.mergedInto === q.id)
      fail('invalid_input', `questions.${i}.mergedInto: a question cannot be merged into itself.`, { field: `questions.${i}.mergedInto` });
    if (q.preparedId !== null) {
      if (asked.has(q.preparedId)) {
        fail('invalid_input', `questions.${i}.preparedId: two questions came from one prepared question.`, { field: `questions.${i}.preparedId` });
      }
      asked.add(q.preparedId);
    }
  });
}

/** Imports the prepared part of a checked file; the maps take the file's ids to the new ones. */
export function createPreparedImporter(db: Database) {
  const preparedInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO prepared_questions (conference_id, position, outlet_id, reporter_name, text, addressed_to_id, topic, dropped, created_at, updated_at)
     VALUES (@conferenceId, @position, @outletId, @reporterName, @text, @addressedToId, @topic, @dropped, @createdAt, @updatedAt)`
  );
  const cardInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO answer_cards (conference_id, position, participant_id, topic, title, points, figures, use_phrases, avoid_phrases,
       do_not_volunteer, keywords, created_at, updated_at)
     VALUES (@conferenceId, @position, @participantId, @topic, @title, @points, @figures, @usePhrases, @avoidPhrases,
       @doNotVolunteer, @keywords, @createdAt, @updatedAt)`
  );
  const linkInsert = prepareOpaque<[cardId: number, preparedId: number], never>(
    db,
    'INSERT OR IGNORE INTO card_links (card_id, prepared_id) VALUES (?, ?)'
  );
  const sendInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    'INSERT INTO card_sends (conference_id, card_id, question_id, at) VALUES (@conferenceId, @cardId, @questionId, @at)'
  );
  const setLinks = prepareOpaque<{ id: number; preparedId: number | null; mergedInto: number | null }, never>(
    db,
    'UPDATE questions SET prepared_id = @preparedId, merged_into = @mergedInto WHERE id = @id'
  );
  const newId = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);
  const via = (map: Map<number, number>) => (old: number | null) => (old === null ? null : map.get(old)!);

  return (
    file: ConferenceFile,
    conferenceId: number,
    maps: { outlets: Map<number, number>; participants: Map<number, number>; questions: Map<number, number> }
  ): void => {
    const prepared = new Map<number, number>();
    for (const p of file.preparedQuestions) {
      const row = {
        ...p,
        conferenceId,
        outletId: via(maps.outlets)(p.outletId),
        addressedToId: via(maps.participants)(p.addressedToId),
        dropped: p.dropped ? 1 : 0
      };
      prepared.set(p.id, newId(preparedInsert.run(row)));
    }
    const cards = new Map<number, number>();
    for (const c of file.cards) {
      const id = newId(
        cardInsert.run({ ...c, conferenceId, participantId: via(maps.participants)(c.participantId), doNotVolunteer: c.doNotVolunteer ? 1 : 0 })
      );
      cards.set(c.id, id);
      for (const preparedId of c.preparedIds) linkInsert.run(id, prepared.get(preparedId)!);
    }
    for (const s of file.cardSends)
      sendInsert.run({ conferenceId, cardId: via(cards)(s.cardId), questionId: via(maps.questions)(s.questionId), at: s.at });
    for (const q of file.questions) {
      if (q.preparedId === null && q.mergedInto === null) continue;
      setLinks.run({ id: maps.questions.get(q.id)!, preparedId: via(prepared)(q.preparedId), mergedInto: via(maps.questions)(q.mergedInto) });
    }
  };
}
