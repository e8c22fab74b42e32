import type { AnswerCard, CardSend, PreparedQuestion } from '../../../shared/prepared';

/** A prepared question as prepared-questions.ts reads it: the row, its outlet's name, the question it became, its cards. */
export type PreparedRow = {
  id: number;
  conference_id: number;
  position: number;
  outlet_id: number | null;
  reporter_name: string;
  text: string;
  addressed_to_id: number | null;
  topic: string;
  dropped: 0 | 1;
  created_at: number;
  updated_at: number;
  outlet_name: string;
  question_id: number | null;
  /** comma-separated, in card order; null without any */
  card_ids: string | null;
};

export type AnswerCardRow = {
  id: number;
  conference_id: number;
  position: number;
  participant_id: number | null;
  topic: string;
  title: string;
  points: string;
  figures: string;
  use_phrases: string;
  avoid_phrases: string;
  do_not_volunteer: 0 | 1;
  keywords: string;
  created_at: number;
  updated_at: number;
  /** comma-separated, in prepared-question order; null without any */
  prepared_ids: string | null;
};

export type CardSendRow = { id: number; conference_id: number; card_id: number | null; question_id: number | null; at: number };

const ids = (list: string | null): number[] => (list ? list.split(',').map(Number) : []);

export function toPrepared(r: PreparedRow): PreparedQuestion {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    outletId: r.outlet_id,
    outletName: r.outlet_name,
    reporterName: r.reporter_name,
    text: r.text,
    addressedToId: r.addressed_to_id,
    topic: r.topic,
    status: r.question_id !== null ? 'asked' : r.dropped ? 'dropped' : 'open',
    questionId: r.question_id,
    cardIds: ids(r.card_ids),
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toCard(r: AnswerCardRow): AnswerCard {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    participantId: r.participant_id,
    topic: r.topic,
    title: r.title,
    points: r.points,
    figures: r.figures,
    usePhrases: r.use_phrases,
    avoidPhrases: r.avoid_phrases,
    doNotVolunteer: r.do_not_volunteer === 1,
    keywords: r.keywords,
    preparedIds: ids(r.prepared_ids),
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toCardSend(r: CardSendRow): CardSend {
  return { id: r.id, conferenceId: r.conference_id, cardId: r.card_id, questionId: r.question_id, at: r.at };
}

/** The SELECT of a prepared question with what toPrepared needs; add WHERE and ORDER. */
export const PREPARED_SELECT = `
  SELECT p.*, COALESCE(o.name, '') AS outlet_name,
    (SELECT q.id FROM questions q WHERE q.prepared_id = p.id ORDER BY q.id LIMIT 1) AS question_id,
    (SELECT group_concat(id) FROM (SELECT c.id FROM card_links l JOIN answer_cards c ON c.id = l.card_id
       WHERE l.prepared_id = p.id ORDER BY c.position, c.id)) AS card_ids
  FROM prepared_questions p LEFT JOIN outlets o ON o.id = p.outlet_id`;

/** The SELECT of a card with its linked prepared questions; add WHERE and ORDER. */
export const CARD_SELECT = `
  SELECT c.*,
    (SELECT group_concat(id) FROM (SELECT p.id FROM card_links l JOIN prepared_questions p ON p.id = l.prepared_id
       WHERE l.card_id = c.id ORDER BY p.position, p.id)) AS prepared_ids
  FROM answer_cards c`;
