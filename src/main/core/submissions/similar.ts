/**
 * Whether a submission repeats a question already in the queue, by the similarity of
 * core/prepared/similarity.ts (character trigrams, the threshold measured there on the
 * Heze questions), so submissions and queued questions are flagged by the same rule.
 * A phone's submission has no topic; a queued question of the same outlet is pointed out
 * too, as a weaker hint: one outlet rarely gets two questions in one conference.
 */
import type { SimilarQuestion } from '../../../shared/submission';
import { jaccard, SIMILARITY_THRESHOLD, trigramsOf } from '../prepared/similarity';

/** At most this many are suggested: the panel is a side column. */
const MAX_SUGGESTIONS = 3;

export interface Candidate {
  id: number;
  outletId: number | null;
  text: string;
}

/** The queued questions a submission may repeat: close texts first (most similar first), then the same outlet. */
export function similarQuestions(submission: { outletId: number | null; text: string }, candidates: readonly Candidate[]): SimilarQuestion[] {
  const own = trigramsOf(submission.text);
  const found: SimilarQuestion[] = [];
  for (const candidate of candidates) {
    const score = Math.round(jaccard(own, trigramsOf(candidate.text)) * 100) / 100;
    if (score >= SIMILARITY_THRESHOLD) found.push({ questionId: candidate.id, reason: 'text', score });
    else if (submission.outletId !== null && submission.outletId === candidate.outletId)
      found.push({ questionId: candidate.id, reason: 'outlet', score });
  }
  const rank = (s: SimilarQuestion) => (s.reason === 'text' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.questionId - b.questionId).slice(0, MAX_SUGGESTIONS);
}
