import { strToU8, zipSync } from 'fflate';

/** A fixed timestamp for every entry, so the same document zips to the same bytes. */
const FIXED_MTIME = new Date(1980, 0, 1);

/**
 * Writes a zip archive (DEFLATE) with fflate, the zip library docx itself uses.
 * Synchronous, because the router's handlers are.
 */
export function zipFiles(files: Iterable<[string, string | Uint8Array]>): Buffer {
  const entries = Object.fromEntries([...files].map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]));
  const zipped = zipSync(entries, { level: 6, mtime: FIXED_MTIME });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
