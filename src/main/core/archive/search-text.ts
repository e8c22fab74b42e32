import type { SnippetSegment } from '../../../shared/schemas-archive';

/**
 * The characters search ignores: the same set migration 002 strips in SQL
 * (space, LF, CR, tab, ideographic space, no-break space). A phrase is found
 * across a line break, and with or without the spaces some texts put between
 * Chinese phrases.
 */
const IGNORED = new Set([' ', '\n', '\r', '\t', '\u3000', '\u00a0']);

/** The text as indexed. */
export function normalizeQuery(query: string): string {
  let out = '';
  for (const ch of query) if (!IGNORED.has(ch)) out += ch;
  return out;
}

/** Lower case one UTF-16 unit at a time, so offsets stay aligned with the original. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  // the common case: no character changed length, so offsets already line up
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** The text without the ignored characters, folded, with each unit's offset in the original. */
function indexed(text: string): { folded: string; offsets: number[] } {
  const offsets: number[] = [];
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.has(text[i]!)) continue;
    kept += text[i];
    offsets.push(i);
  }
  return { folded: fold(kept), offsets };
}

/** Every non-overlapping occurrence of the query in the text, as [start, end) ranges of the original. */
export function findHits(text: string, query: string): [number, number][] {
  const needle = fold(normalizeQuery(query));
  if (!needle) return [];
  const { folded, offsets } = indexed(text);
  const hits: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    hits.push([offsets[at]!, offsets[at + needle.length - 1]! + 1]);
    from = at + needle.length;
  }
  return hits;
}

/**
 * Occurrences of an already normalised query in already normalised text (as
 * stored in search_docs), case folded like the trigram index folds it.
 */
export function countHits(normalizedText: string, normalizedQuery: string): number {
  const haystack = fold(normalizedText);
  const needle = fold(normalizedQuery);
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function containsQuery(text: string, query: string): boolean {
  return findHits(text, query).length > 0;
}

const BEFORE = 24;
const SPAN = 120;

/** Line breaks read as spaces in a one-line snippet. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A window of the text around its first hit, as plain segments the view marks
 * up itself (no HTML is ever built from stored text). Hits that fall in the
 * window are marked; an ellipsis shows where the window cuts the text.
 */
export function snippet(text: string, query: string, before = BEFORE, span = SPAN): SnippetSegment[] {
  const hits = findHits(text, query);
  const first = hits[0];
  let start = first ? Math.max(0, first[0] - before) : 0;
  // never cut a surrogate pair
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start -= 1;
  let end = Math.min(text.length, Math.max(start + span, first ? first[1] : 0));
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end += 1;

  const segments: SnippetSegment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [s, e] of hits) {
    if (e <= start || s >= end) continue;
    const hs = Math.max(s, start);
    const he = Math.min(e, end);
    push(oneLine(text.slice(at, hs)), false);
    push(oneLine(text.slice(hs, he)), true);
    at = he;
  }
  push(oneLine(text.slice(at, end)), false);
  if (end < text.length) push('…', false);
  return segments;
}

/** A phrase query for FTS5: the whole text quoted, quotes doubled, so no FTS syntax leaks through. */
export function ftsPhrase(normalized: string): string {
  return `"${normalized.replace(/"/g, '""')}"`;
}

/** LIKE with the text taken literally (the ESCAPE character is a backslash). */
export function likeAnywhere(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** Length in characters (code points), as the trigram tokenizer counts them. */
export function charLength(text: string): number {
  return [...text].length;
}
