/** The part of a file a request's Range header asks for (RFC 9110, 14.2), as the review player seeks. */
export type ByteRange = { status: 200 | 206; start: number; end: number } | { status: 416 };

/**
 * One range: "bytes=a-b", "bytes=a-" or "bytes=-n". No header, another unit or
 * several ranges answer the whole file (200), which the RFC allows; a range
 * that starts past the end answers 416. `end` is inclusive.
 */
export function byteRange(header: string | null | undefined, size: number): ByteRange {
  const whole = { status: 200 as const, start: 0, end: size - 1 };
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return whole;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return { status: 416 };
    return { status: 206, start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return { status: 416 };
  return { status: 206, start, end };
}

/** The Content-Disposition of a download named in any script: an ASCII fallback and the UTF-8 name. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
