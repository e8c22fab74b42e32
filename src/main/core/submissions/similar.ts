/**
 * Whether a submission repeats a question already in the queue: the same outlet asking again,
 * or texts close enough that the moderator should look (trigram Jaccard similarity).
 *
 * Trigrams of the text without spaces and punctuation, lower-cased: for Chinese, where words are
 * not separated, three characters carry most of a phrase (“营商环境”, “高质量发展”); for English they
 * catch the same words in another order or with another ending. The threshold was chosen on the
 * Heze transcript's questions: two of its questions on different topics share at most 0.08 of their
 * trigrams, while a question and a phone's paraphrase of it (the same topic, a few words changed,
 * see test/submissions/similar.test.ts) share 0.3 and more.
 */
import type { SimilarQuestion } from '../../../shared/submission';

export const SIMILAR_THRESHOLD = 0.25;

/** At most this many are suggested: the panel is a side column. */
const MAX_SUGGESTIONS = 3;

export function trigrams(text: string): Set<string> {
  const letters = Array.from(text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ''));
  const grams = new Set<string>();
  if (letters.length > 0 && letters.length < 3) grams.add(letters.join(''));
  for (let i = 0; i + 3 <= letters.length; i += 1) grams.add(letters.slice(i, i + 3).join(''));
  return grams;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface Candidate {
  id: number;
  outletId: number | null;
  text: string;
}

/** The queued questions a submission may repeat, the closest first. */
export function similarQuestions(submission: { outletId: number | null; text: string }, candidates: readonly Candidate[]): SimilarQuestion[] {
  const own = trigrams(submission.text);
  const found: SimilarQuestion[] = [];
  for (const candidate of candidates) {
    const score = Math.round(similarity(own, trigrams(candidate.text)) * 100) / 100;
    if (score >= SIMILAR_THRESHOLD) found.push({ questionId: candidate.id, reason: 'text', score });
    else if (submission.outletId !== null && submission.outletId === candidate.outletId)
      found.push({ questionId: candidate.id, reason: 'outlet', score });
  }
  return found.sort((a, b) => b.score - a.score || a.questionId - b.questionId).slice(0, MAX_SUGGESTIONS);
}
