import type { ExportFile } from '../../../../shared/methods-export';

/**
 * An ExportFile from the API as the bytes and the name of a file on disk.
 * No DOM here (the download itself is in save-download.ts), so Node tests use it too.
 */

/** Base64 (as the API sends DOCX and PDF) to bytes; refuses anything that is not base64 rather than saving garbage. */
export function decodeBase64(base64: string): Uint8Array {
  const clean = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new Error('The exported file arrived damaged (not base64).');
  }
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes of the file: UTF-8 text as it is, binary formats decoded. */
export function bytesOf(file: ExportFile): Uint8Array {
  return file.encoding === 'base64' ? decodeBase64(file.content) : new TextEncoder().encode(file.content);
}

// Reserved on Windows, path separators, controls, and invisible or direction-changing marks (a name that reads
// "report.txt" but is "…exe" must not be offered).
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The name offered in the save dialog. The server names files already; this
 * keeps a name that reaches the disk safe whatever the server sent, and keeps
 * the format's extension.
 */
export function safeFileName(name: string, extension: string): string {
  const ext = extension.replace(/^\.+/, '').toLowerCase();
  let base = name.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim();
  if (ext && base.toLowerCase().endsWith(`.${ext}`)) base = base.slice(0, -(ext.length + 1));
  // Windows drops trailing dots and spaces, and a name of dots alone is no name
  base = base.replace(/[. ]+$/, '').replace(/^\.+/, '');
  // keep whole characters (an emoji is two code units) and leave room for the extension
  base = [...base].slice(0, 120).join('');
  if (!base) base = 'transcript';
  return ext ? `${base}.${ext}` : base;
}

/** The extension of a file name, or '' */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/** The Blob to save: the MIME type the server chose, so that the OS knows the file. */
export function blobOf(file: ExportFile): Blob {
  // a copy into a plain ArrayBuffer keeps the Blob constructor's types happy whatever buffer backs the bytes
  const bytes = bytesOf(file);
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return new Blob([buffer], { type: file.mimeType });
}

/** 1.2 MB / 340 KB / 512 B, in the UI's number format. */
export function formatBytes(size: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (size >= 1024 * 1024) return `${number(size / (1024 * 1024), 1)} MB`;
  if (size >= 1024) return `${number(size / 1024, 0)} KB`;
  return `${number(size, 0)} B`;
}
