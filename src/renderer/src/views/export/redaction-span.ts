/**
 * The span a redaction covers, from what the moderator selected. Offsets are
 * JavaScript string indices (UTF-16 code units), as the API takes them.
 */
export interface Span {
  start: number;
  end: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A selection made tidy: spaces and line breaks at its ends left out (they
 * would print as a marker where nothing was said), and widened to whole
 * characters, so that an emoji is never cut in half (the API refuses that).
 * Null when nothing but blanks is selected.
 */
export function snapSpan(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s >= e) return null;
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  return { start: s, end: e };
}

/**
 * Where a piece of text selected on the page sits in the turn: the first
 * place it occurs, or null if it is not there (a selection across turns).
 * The moderator sees the span highlighted and can adjust it before marking.
 */
export function spanOfQuote(text: string, quote: string): Span | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  const at = text.indexOf(wanted);
  return at < 0 ? null : snapSpan(text, at, at + wanted.length);
}

/** Two spans overlap: marking the same words twice adds nothing, so the tools say so. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
