/**
 * Which questions may be one question asked twice (issue 13, item 5): the same
 * outlet on the same topic, or texts whose character trigrams overlap enough.
 * Pure: question.similar uses it on the waiting queue, and submissions from the
 * room use it against the queue and each other.
 *
 * Trigrams of characters, not words, because Chinese has no spaces between words;
 * punctuation and spaces are left out (a reporter's 、 or , changes nothing), and
 * letters are folded to lower case (NFKC first, so full-width ＡＢＣ is abc).
 */

/**
 * Jaccard similarity at or above which two texts are flagged. Measured on the
 * Heze conference of 2024-01-02 (test/prepared/similarity.test.ts): its three
 * questions, all about the same 工委, score 0.03–0.06 against each other (0.09
 * against a request on another of its subjects); the first asked again in other
 * words scores 0.40, and 0.23 in a shorter rewording (0.31 between the two).
 * In English, two wordings of one question score 0.83, questions on other
 * subjects 0.13–0.16. 0.22 flags every rewording and stays clear of the
 * unrelated pairs; a summary keeping few of the words (0.15) is left to the
 * moderator's eye rather than flagging every pair on one subject.
 */
export const SIMILARITY_THRESHOLD = 0.22;

const WORDLESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Runs of letters and digits. Between two characters of a script written without
 * spaces (Chinese, Japanese) punctuation and spaces are dropped, so 促进 廉洁、从政
 * reads as 促进廉洁从政; between words of other scripts they separate runs.
 */
function runsOf(text: string): string[] {
  const runs: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    const last = runs[runs.length - 1];
    if (last !== undefined && WORDLESS.test(last.slice(-1)) && WORDLESS.test(run[0]!)) runs[runs.length - 1] = last + run;
    else runs.push(run);
  }
  return runs;
}

/** The distinct character trigrams of a text; a run of letters or digits shorter than three counts whole. */
export function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of runsOf(text)) {
    const chars = [...run];
    if (chars.length < 3) grams.add(run);
    else for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return grams;
}

/** |A ∩ B| / |A ∪ B| of two trigram sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SimilarityCandidate {
  id: number;
  text: string;
  outletId: number | null;
  /** '' when it has none */
  topic: string;
}

export interface SimilarMatch {
  id: number;
  reason: 'sameOutletAndTopic' | 'text';
  similarity: number;
}

const sameTopic = (a: string, b: string) => a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The candidates that may be the same question as `subject`, most similar first (then by id). */
export function similarTo(
  subject: SimilarityCandidate,
  candidates: readonly SimilarityCandidate[],
  threshold = SIMILARITY_THRESHOLD
): SimilarMatch[] {
  const grams = trigramsOf(subject.text);
  const matches: SimilarMatch[] = [];
  for (const candidate of candidates) {
    if (candidate.id === subject.id) continue;
    const similarity = jaccard(grams, trigramsOf(candidate.text));
    if (subject.outletId !== null && candidate.outletId === subject.outletId && sameTopic(subject.topic, candidate.topic)) {
      matches.push({ id: candidate.id, reason: 'sameOutletAndTopic', similarity });
    } else if (similarity >= threshold) matches.push({ id: candidate.id, reason: 'text', similarity });
  }
  return matches.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}

export interface SimilarPairOf {
  firstId: number;
  secondId: number;
  reason: SimilarMatch['reason'];
  similarity: number;
}

/** Every similar pair among `items` (in their order: firstId is the earlier one), most similar first. */
export function similarPairs(items: readonly SimilarityCandidate[], threshold = SIMILARITY_THRESHOLD): SimilarPairOf[] {
  const pairs: SimilarPairOf[] = [];
  items.forEach((item, index) => {
    for (const match of similarTo(item, items.slice(index + 1), threshold)) {
      pairs.push({ firstId: item.id, secondId: match.id, reason: match.reason, similarity: match.similarity });
    }
  });
  return pairs.sort((a, b) => b.similarity - a.similarity || a.firstId - b.firstId || a.secondId - b.secondId);
}
