import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AppError, ErrorCode, Result } from '../../shared/errors';
import { METHOD_NAMES, methods } from '../../shared/methods';
import type { ErrorLog } from '../core/error-log';
import { finishCall } from '../core/finish-call';
import type { Caller, Router } from '../core/router';

/** The HTTP status for each error code; the body is always the Result itself. */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  invalid_state: 409,
  unauthorized: 401,
  forbidden: 403,
  // Insufficient Storage
  disk_full: 507,
  rate_limited: 429,
  internal: 500
};

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store'
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: AppError): void {
  sendJson(res, status, { ok: false, error } satisfies Result<never>);
}

export interface MethodListing {
  name: string;
  kind: string;
  summary: string;
  input: unknown;
}

/** Every method with its input as JSON Schema, built once: the table does not change while running. */
export function listMethods(): MethodListing[] {
  return METHOD_NAMES.map((name) => {
    const spec = methods[name];
    // 'any' for what JSON Schema cannot say (a refine), instead of failing the whole listing
    const input = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' });
    return { name, kind: spec.kind, summary: spec.summary, input };
  });
}

class BodyTooLarge extends Error {}

/**
 * A refused body is still read to its end, and thrown away, before the 413 is
 * sent: closing a socket that has unread data resets the connection, and the
 * client never sees the answer. Past this many bytes the connection is cut instead.
 */
export const MAX_DRAIN_BYTES = 100 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
    req.on('close', () => reject(new BodyTooLarge())); // cut off, or gone: nothing to answer (a settled promise ignores it)
  });
}

function isJson(req: IncomingMessage): boolean {
  // Requiring JSON makes a cross-site form post impossible: a browser must
  // ask first (CORS preflight), and this server never says yes.
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

/** POST /api/<method>: the body is the input, the answer the router's Result. */
export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  router: Router,
  method: string,
  caller: Caller,
  log: ErrorLog
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendError(res, 405, { code: 'invalid_input', message: `Call ${method} with POST and a JSON body.` });
    return;
  }
  if (!isJson(req)) {
    sendError(res, 415, { code: 'invalid_input', message: 'The body must be JSON (Content-Type: application/json).' });
    return;
  }
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('connection', 'close');
      sendError(res, 413, {
        code: 'invalid_input',
        message: `The request body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB.`
      });
    } else {
      sendError(res, 400, { code: 'invalid_input', message: 'The request body could not be read.' });
    }
    return;
  }
  let input: unknown = {};
  if (text.trim() !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      sendError(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON.' });
      return;
    }
  }
  // the method's finishing step (a PDF export's printing), if its spec names one
  const result = await finishCall(method, router.call(method, input, caller), { log });
  sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
}
