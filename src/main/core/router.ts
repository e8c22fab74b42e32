import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { RostrumError, type AppError, type Result } from '../../shared/errors';
import type { ChangeEvent } from '../../shared/events';
import { isMethodName, methods, type MethodName, type MethodOutput, type MethodParsedInput } from '../../shared/methods';
import { mayCall, type CallerRole } from '../../shared/roles';
import { CallContext, RowReader } from './context';
import { createHandlers } from './handlers';
import type { Services } from './services';

export type { CallerRole } from '../../shared/roles';

export interface Caller {
  role: CallerRole;
  /** who made the call, kept in the history of edits */
  actor?: string;
  /** which phone made the call (a hash, server/device.ts): one waiting submission per device */
  device?: string;
}

export type Handlers = {
  [M in MethodName]: (ctx: CallContext, input: MethodParsedInput<M>) => MethodOutput<M>;
};

export interface RouterOptions {
  now?: () => number;
  onChange?: (event: ChangeEvent) => void;
  /** Records an error no handler expected (see error-log.ts); answers the incident id the caller is given. */
  onInternalError?: (method: string, error: unknown) => string;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** zod's issues in words that name the field and the reason. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message }));
  const first = issues[0]!;
  return {
    code: 'invalid_input',
    message: first.field ? `${first.field}: ${first.message}` : first.message,
    details: { field: first.field, issues }
  };
}

const ROLE_NAMES: Record<CallerRole, string> = {
  operator: 'The operator',
  readonly: 'This display is read-only and cannot change anything:',
  desk: 'The spokesperson’s desk view is read-only:',
  submit: 'The submission page may only submit a question:'
};

/** A refusal that names the caller's role and the method it may not call. */
function forbiddenFor(role: CallerRole, method: string): AppError {
  return { code: 'forbidden', message: `${ROLE_NAMES[role]} the ${role} role may not call ${method}.`, details: { role } };
}

/**
 * The answer for an error no handler expected stays generic: what went wrong
 * (message and stack) goes to the log, and the caller gets the incident id to find it there.
 */
export function internalError(incident: string | null): AppError {
  const where = incident ? ` (incident ${incident} in Rostrum's log)` : '';
  return {
    code: 'internal',
    message: `Something went wrong inside Rostrum${where}.`,
    ...(incident ? { details: { incident } } : {})
  };
}

/**
 * Validates the input, runs the handler in one transaction, and answers a Result.
 * After a write commits, one change event per topic is published. Nothing throws out of `call`.
 */
export function createRouter(db: Database, services: Services, options: RouterOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const handlers = createHandlers(services) satisfies Handlers;
  const rows = new RowReader(db);
  // Made once: better-sqlite3 builds a wrapper per transaction function, which is not free.
  const inTransaction = db.transaction((body: () => unknown) => body());

  function call(method: string, input: unknown, caller: Caller = { role: 'operator' }): Result<unknown> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no method called “${method}”.` } };
    }
    const spec = methods[method];
    if (!mayCall(spec, caller.role)) return { ok: false, error: forbiddenFor(caller.role, method) };
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

    const ctx = new CallContext(rows, now, caller.actor ?? '', caller.device ?? null);
    const handler = handlers[method] as (ctx: CallContext, input: unknown) => unknown;
    let revision = 0;
    try {
      const body = () => {
        const value = handler(ctx, parsed.data);
        if (spec.kind === 'live') {
          services.undo.record(ctx);
          // the undo menu of every window names this action, so its conference changed too
          if (ctx.label) ctx.emit('conference', ctx.label.conferenceId);
        }
        if (spec.kind !== 'read' && ctx.events.length > 0) revision = services.conferences.bumpRevision(ctx);
        return value;
      };
      const value = spec.kind === 'read' ? inTransaction.deferred(body) : inTransaction.immediate(body);
      if (options.onChange) {
        for (const { rows: changed, ...event } of ctx.events) {
          options.onChange(changed ? { ...event, rows: changed, revision, method } : { ...event, revision, method });
        }
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof RostrumError) return { ok: false, error: error.toJSON() };
      return { ok: false, error: internalError(options.onInternalError?.(method, error) ?? null) };
    }
  }

  return {
    call,
    /** Typed convenience for code in main (tests, bench, import): throws on error. */
    invoke<M extends MethodName>(method: M, input: z.input<(typeof methods)[M]['input']>, caller?: Caller): MethodOutput<M> {
      const result = call(method, input, caller);
      if (!result.ok) throw new RostrumError(result.error.code, result.error.message, result.error.details);
      return result.value as MethodOutput<M>;
    }
  };
}

export type Router = ReturnType<typeof createRouter>;
