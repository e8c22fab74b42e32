import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';

/** A run of text in one side of a diff: kept as it was, or removed (old side) / added (new side). */
export interface DiffPart {
  text: string;
  changed: boolean;
  /** an unchanged run shortened to its ends: the words around a change are what a reviewer reads */
  elided?: boolean;
}

export interface SideBySide {
  before: DiffPart[];
  after: DiffPart[];
}

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
/** An unchanged run longer than this is cut to CONTEXT characters on each side of the change. */
const LONG_RUN = 90;
const CONTEXT = 36;

/**
 * What changed between two versions of a turn, for the two sides of the
 * history. Chinese (and Japanese) has no spaces between words, so it is
 * compared character by character; other text by words, keeping spaces.
 */
export function sideBySide(before: string, after: string): SideBySide {
  const changes: ChangeObject<string>[] = HAN_OR_KANA.test(before + after) ? diffChars(before, after) : diffWordsWithSpace(before, after);
  const result: SideBySide = { before: [], after: [] };
  changes.forEach((change, index) => {
    if (change.removed) result.before.push({ text: change.value, changed: true });
    else if (change.added) result.after.push({ text: change.value, changed: true });
    else {
      const kept = shorten(change.value, index === 0, index === changes.length - 1);
      result.before.push(kept);
      result.after.push(kept);
    }
  });
  return result;
}

function shorten(text: string, first: boolean, last: boolean): DiffPart {
  const chars = Array.from(text);
  if (chars.length <= LONG_RUN) return { text, changed: false };
  const head = first ? '' : chars.slice(0, CONTEXT).join('');
  const tail = last ? '' : chars.slice(-CONTEXT).join('');
  return { text: `${head} … ${tail}`.trim(), changed: false, elided: true };
}
