import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/errors';
import type { AnswerCard, CardMatch, CardMatchReason } from '../../../shared/prepared';
import { prepareOpaque } from '../db/opaque-bindings';
import type { QuestionService } from '../services/questions';
import type { CardService } from './cards';
import type { PreparedService } from './prepared-questions';
import { trigramsOf } from './similarity';

/** A card shares at least this many of the question's trigrams to be offered for its words alone: one is chance. */
const MIN_SHARED_TRIGRAMS = 2;
/** The most trigrams of a question put to the index (a 700-character question has about that many). */
const MAX_QUERY_TRIGRAMS = 400;

const RANK: Record<CardMatchReason, number> = { linked: 0, topic: 1, text: 2 };

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');

/** The text of a card that its words are matched against: what card_fts indexes. */
const cardText = (card: AnswerCard) => [card.title, card.topic, card.points, card.figures, card.usePhrases, card.keywords].join('\n');

/** An FTS5 query for any of the trigrams: each a quoted string, so no character is syntax. */
const anyOf = (grams: readonly string[]) => grams.map((g) => `"${g.replaceAll('"', '""')}"`).join(' OR ');

/**
 * The cards for a question, best first (cards.match): those linked to the
 * prepared question it came from; then those of its topic (the prepared
 * question's, or a card topic its text names); then those sharing its words,
 * found by the trigram index card_fts (migration 011) as the archive's search
 * finds text, and ranked by how many of the question's trigrams they hold.
 * Ties go to the card's place in the list, then its id, so the order is stable.
 */
export function createCardMatcher(db: Database, questions: QuestionService, prepared: PreparedService, cards: CardService) {
  const byWords = prepareOpaque<[query: string, conferenceId: number], { id: number }>(
    db,
    'SELECT rowid AS id FROM card_fts WHERE card_fts MATCH ? AND rowid IN (SELECT id FROM answer_cards WHERE conference_id = ?)'
  );

  return (input: { conferenceId: number; questionId: number }): CardMatch[] => {
    const question = questions.get(input.questionId, 'questionId');
    if (question.conferenceId !== input.conferenceId) fail('invalid_input', 'That question belongs to another conference.', { field: 'questionId' });
    const all = cards.list(input.conferenceId);
    const source = question.preparedId !== null ? prepared.get(question.preparedId) : null;
    const topic = fold(source?.topic ?? '');
    const text = fold(question.text);
    const grams = [...trigramsOf(question.text)].filter((g) => [...g].length === 3);
    const worded = new Set(grams.length > 0 ? byWords.all(anyOf(grams.slice(0, MAX_QUERY_TRIGRAMS)), input.conferenceId).map((r) => r.id) : []);

    const matches: CardMatch[] = [];
    for (const card of all) {
      const shared = worded.has(card.id) ? countShared(grams, cardText(card)) : 0;
      const cardTopic = fold(card.topic);
      let reason: CardMatchReason | null = null;
      if (source && card.preparedIds.includes(source.id)) reason = 'linked';
      else if (cardTopic !== '' && (cardTopic === topic || text.includes(cardTopic))) reason = 'topic';
      else if (shared >= MIN_SHARED_TRIGRAMS) reason = 'text';
      if (reason) matches.push({ card, reason, score: shared });
    }
    return matches.sort((a, b) => RANK[a.reason] - RANK[b.reason] || b.score - a.score || a.card.position - b.card.position || a.card.id - b.card.id);
  };
}

/** How many of the trigrams the text holds (the index found the card; this ranks it). */
function countShared(grams: readonly string[], text: string): number {
  const held = trigramsOf(text);
  return grams.filter((g) => held.has(g)).length;
}
