/**
 * Errors are values at every process boundary: a call answers a Result, never throws.
 */
export const ERROR_CODES = [
  'invalid_input', // the input failed validation; details.field names the field
  'not_found', // an id that does not exist
  'conflict', // a duplicate, or a concurrent change
  'invalid_state', // the action is not allowed in the current state
  'unknown_method',
  'unauthorized', // missing or wrong token
  'forbidden', // the caller's role may not call the method (shared/roles.ts)
  'rate_limited', // too many calls from one device; details.retryAfterSeconds says when to try again
  'disk_full', // the data folder's disk is full: nothing was written (audio chunks)
  'internal'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorDetails {
  /** dotted path of the offending input field, e.g. "outletId" or "segments.2.title" */
  field?: string;
  /** every issue, when validation found several */
  issues?: { field: string; message: string }[];
  [key: string]: unknown;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  details?: AppErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside main only; the router turns it into `{ ok: false, error }`. */
export class RostrumError extends Error {
  readonly code: ErrorCode;
  readonly details?: AppErrorDetails;

  constructor(code: ErrorCode, message: string, details?: AppErrorDetails) {
    super(message);
    this.name = 'RostrumError';
    this.code = code;
    this.details = details;
  }

  toJSON(): AppError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function fail(code: ErrorCode, message: string, details?: AppErrorDetails): never {
  throw new RostrumError(code, message, details);
}
