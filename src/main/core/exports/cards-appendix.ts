import type { Question } from '../../../shared/domain';
import type { AnswerCard } from '../../../shared/prepared';
import type { Convention } from './conventions';
import type { ConferenceRecord } from './record';
import type { AppendixSection, Paragraph, TranscriptBlock } from './transcript-model';

const lines = (text: string): Paragraph[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => [{ text: l }]);

/**
 * The internal export's last section (withCards): under each question that had
 * cards, linked to the prepared question it came from or sent to the desk while
 * it was live, each card with its points. Built only for an internal audience.
 */
export function cardsAppendix(
  record: ConferenceRecord,
  conv: Convention,
  question: (q: Question) => { label: string; paragraphs: Paragraph[] },
  printed: (q: Question) => boolean
): AppendixSection | null {
  const cards = new Map(record.cards.map((c) => [c.id, c]));
  const linkedOf = new Map(record.preparedQuestions.map((p) => [p.id, p.cardIds]));
  const sentOf = new Map<number, Set<number>>();
  for (const send of record.cardSends) {
    if (send.cardId === null || send.questionId === null) continue;
    sentOf.set(send.questionId, (sentOf.get(send.questionId) ?? new Set()).add(send.cardId));
  }
  const base = { turnId: null, startedAt: null, endedAt: null, time: null, segmentId: null, segmentKind: null, editedAt: null, statusNote: null };
  const blocks: TranscriptBlock[] = [];
  for (const q of record.questions) {
    if (!printed(q)) continue;
    const linked = q.preparedId === null ? [] : (linkedOf.get(q.preparedId) ?? []);
    const sent = sentOf.get(q.id) ?? new Set<number>();
    const ids = [...new Set([...linked, ...sent])].filter((id) => cards.has(id));
    if (ids.length === 0) continue;
    const asked = question(q);
    blocks.push({ ...base, kind: 'question', speakerKind: 'reporter', questionId: q.id, questionStatus: q.status, ...asked });
    for (const id of ids) {
      const card = cards.get(id)!;
      const how = [linked.includes(id) ? conv.cards.linked : '', sent.has(id) ? conv.cards.sent : ''].filter(Boolean).join(', ');
      blocks.push({
        ...base,
        kind: 'note',
        speakerKind: 'note',
        questionId: q.id,
        questionStatus: q.status,
        label: `${card.title} (${how})`,
        paragraphs: cardParagraphs(card, conv)
      });
    }
  }
  return blocks.length > 0 ? { status: 'cards', title: conv.cards.title, blocks } : null;
}

function cardParagraphs(card: AnswerCard, conv: Convention): Paragraph[] {
  return [
    [{ text: card.title + (card.doNotVolunteer ? ` — ${conv.cards.doNotVolunteer}` : '') }],
    ...lines(card.points),
    ...(card.figures.trim() ? [[{ text: conv.cards.figures + card.figures.trim() }]] : []),
    ...(card.usePhrases.trim() ? [[{ text: conv.cards.use + card.usePhrases.trim() }]] : []),
    ...(card.avoidPhrases.trim() ? [[{ text: conv.cards.avoid + card.avoidPhrases.trim() }]] : [])
  ];
}
