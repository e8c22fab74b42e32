import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The log's name inside the data folder. */
export const LOG_FILE = path.join('logs', 'rostrum.log');
/** One file's cap; with KEEP older files the log never holds more than (KEEP + 1) × this. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

export interface ErrorLogOptions {
  /** the log file; null writes nowhere but the terminal (if echo) */
  file: string | null;
  maxBytes?: number;
  /** how many rotated files (rostrum.log.1 … .N) are kept */
  keep?: number;
  /** also write each entry to stderr: in development, and in the browser-mode terminal */
  echo?: boolean;
  now?: () => number;
}

export interface ErrorLog {
  readonly file: string | null;
  /**
   * An error no handler expected, with the method it happened in. Answers a
   * short incident id: the caller gets only that, the log gets the stack.
   */
  internal(method: string, error: unknown): string;
  /** An error thrown by a change listener (a window, a socket), which must not stop the others. */
  listener(error: unknown): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Internal errors to a size-capped, rotating file in the data folder. Written
 * synchronously: such errors are rare, and an entry must be on disk before a
 * crash that may follow. (A logging library would bring a worker or an async
 * stream for what is a dozen lines here.) Logging never throws: a full disk
 * must not turn one failure into two.
 */
export function createErrorLog(options: ErrorLogOptions): ErrorLog {
  const { file, echo = false } = options;
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const now = options.now ?? Date.now;

  function rotate(): void {
    if (!file) return;
    for (let i = keep - 1; i >= 1; i--) {
      if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    if (keep >= 1) fs.renameSync(file, `${file}.1`);
    else fs.rmSync(file, { force: true });
  }

  function write(kind: string, subject: string, error: unknown): string {
    const incident = randomBytes(4).toString('hex');
    let entry = `${new Date(now()).toISOString()} ${kind} ${subject} [${incident}]\n${describe(error)}\n\n`;
    // one entry never exceeds a file: its start (message and first frames) is what matters
    if (Buffer.byteLength(entry) > maxBytes)
      entry =
        Buffer.from(entry)
          .subarray(0, maxBytes - 8)
          .toString() + '…\n';
    if (echo) process.stderr.write(entry);
    if (!file) return incident;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(entry) > maxBytes) rotate();
      fs.appendFileSync(file, entry);
    } catch (failure) {
      if (!echo) process.stderr.write(entry);
      process.stderr.write(`Rostrum could not write its log ${file}: ${describe(failure)}\n`);
    }
    return incident;
  }

  return {
    file,
    internal: (method, error) => write('internal', method, error),
    listener: (error) => void write('listener', 'change-event', error)
  };
}
