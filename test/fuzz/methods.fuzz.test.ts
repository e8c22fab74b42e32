import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/errors';
import { METHOD_NAMES } from '../../src/shared/methods';
import { listMethods } from '../../src/main/server/http-api';
import { rowCounts, setupConference, startedConference } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { invalidInput, validInput, type JsonSchema } from './schema-arbitrary';

/**
 * Property-based over every method of the table: inputs made from each method's
 * own JSON Schema, half following it and half broken in one place, called on a
 * real database that the successful calls keep changing. Whatever comes in:
 * - no answer is `internal` (over HTTP, the only 5xx);
 * - a refusal of bad input names the field and the reason ("field: reason");
 * - a refusal changes nothing: the revision and every table's row count stay;
 * - what is accepted carries no control character into the record.
 * `npm test` runs FUZZ_RUNS (default 3,000) inputs from a fixed seed; `npm run fuzz`
 * runs many more from a fresh seed, printed so a failure can be replayed with FUZZ_SEED.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20_240_102;

const schemas = new Map(listMethods().map((m) => [m.name, m.input as JsonSchema]));

const call = fc.constantFrom(...METHOD_NAMES).chain((method) => {
  const schema = schemas.get(method)!;
  return fc.oneof(
    fc.tuple(fc.constant(method), validInput(schema), fc.constant('valid' as const)),
    fc.tuple(fc.constant(method), invalidInput(schema), fc.constant('broken' as const))
  );
});

/** The state a refusal must leave as it was. */
function state(app: TestApp) {
  const revision = app.db.prepare("SELECT value FROM meta WHERE key = 'revision'").pluck().get();
  return { revision, counts: rowCounts(app.db) };
}

// eslint-disable-next-line no-control-regex -- the characters schemas.ts refuses in every text
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first text in an answer that carries a control character, with where it is. */
function controlCharacterIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path || '(the answer)' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = controlCharacterIn(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const tally = new Map<string, number>();
let app: TestApp | null = null;
afterAll(() => {
  app?.cleanup();
  const line = [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`[fuzz] seed ${SEED}, ${RUNS} runs: ${line}`);
});

describe('every method, fuzzed from its schema', () => {
  it(
    `answers ${RUNS} schema-made inputs with a value or a clear refusal that changes nothing`,
    () => {
      console.log(`[fuzz] seed ${SEED} (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run test/fuzz)`);
      app = openTestApp();
      // something for the ids to find: a draft, a live conference, the directory
      setupConference(app, { title: '草稿发布会' });
      startedConference(app, { title: '进行中的发布会' });
      const fuzzed = app;

      fc.assert(
        fc.property(call, ([method, input, kind]) => {
          const before = state(fuzzed);
          const result: Result<unknown> = fuzzed.router.call(method, input);
          const outcome = result.ok ? 'ok' : result.error.code;
          tally.set(`${kind}:${outcome}`, (tally.get(`${kind}:${outcome}`) ?? 0) + 1);
          if (result.ok) {
            // what was accepted is clean: no control character reaches the record
            expect(controlCharacterIn(result.value), `${method} ${JSON.stringify(input)?.slice(0, 300)}`).toBeNull();
            return;
          }
          const { error } = result;
          const where = `${method} ${JSON.stringify(input)?.slice(0, 300)} → ${JSON.stringify(error).slice(0, 300)}`;
          expect(error.code, where).not.toBe('internal');
          expect(error.code, where).not.toBe('unknown_method');
          expect(error.message.length, where).toBeGreaterThan(0);
          if (error.code === 'invalid_input') {
            const field = error.details?.field;
            // only an input that is not an object at all has no field to name
            if (isPlainObject(input) || input === undefined) expect(field, where).toBeTruthy();
            // the schema's refusals say it in the message too; a handler's names it in details.field
            if (field && error.details?.issues) expect(error.message.startsWith(`${field}: `), where).toBe(true);
          }
          expect(state(fuzzed), where).toEqual(before);
        }),
        { numRuns: RUNS, seed: SEED }
      );
    },
    Math.max(120_000, RUNS * 10)
  );
});
