import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, METHOD_NAMES, type MethodName } from '../src/shared/methods';
import { CALLER_ROLES, type CallerRole } from '../src/shared/roles';
import { dump } from './fixtures';
import { openTestApp, type TestApp } from './helpers';

// Every method × every role, through the router: the rules of s5 written out again here, on purpose
// not through shared/roles.ts, so that a change there that breaks them fails this test.

/** What the submission page may call: nothing else, ever. */
const SUBMIT_MAY_CALL: readonly MethodName[] = ['submission.context', 'submission.create'];
/** Reads the displays must never see: internal material. */
const NEVER_FOR_DISPLAYS: readonly MethodName[] = ['transcript.export', 'submission.list', 'submission.links', 'cards.match', 'prepared.list'];

function expected(method: MethodName, role: CallerRole): boolean {
  const spec = methods[method] as { kind: string; operatorOnly?: boolean; roles?: readonly string[] };
  if (role === 'operator') return true;
  if (role === 'submit') return SUBMIT_MAY_CALL.includes(method);
  if (spec.roles) return spec.roles.includes(role);
  return spec.kind === 'read' && spec.operatorOnly !== true;
}

let app: TestApp;
beforeAll(() => {
  app = openTestApp();
  app.router.invoke('conference.create', { title: '权限矩阵' });
});
afterAll(() => app.cleanup());

describe('who may call what', () => {
  it('the hand-written lists agree with the table', () => {
    for (const method of SUBMIT_MAY_CALL) expect(methods[method].roles).toContain('submit');
    for (const method of NEVER_FOR_DISPLAYS) expect(expected(method, 'readonly') || expected(method, 'desk')).toBe(false);
    expect(expected('stage.get', 'readonly')).toBe(true);
    expect(expected('conference.get', 'desk')).toBe(true);
    expect(expected('question.call', 'desk')).toBe(false);
    // the desk's own read: the desk may, the stage display may not (it carries the card sent)
    expect([expected('desk.get', 'desk'), expected('desk.get', 'readonly')]).toEqual([true, false]);
  });

  for (const role of CALLER_ROLES) {
    it(`${role}: allowed or forbidden exactly per the rules, and a refusal changes nothing`, () => {
      const before = dump(app.db);
      const outcomes: string[] = [];
      for (const method of METHOD_NAMES) {
        // {} is invalid for most methods: an allowed call is refused for its input, never as forbidden
        const answer = app.router.call(method, {}, { role });
        const forbidden = !answer.ok && answer.error.code === 'forbidden';
        outcomes.push(`${method}: ${forbidden ? 'forbidden' : 'allowed'}`);
        if (forbidden && !answer.ok) expect(answer.error.message, method).toContain(`the ${role} role may not call ${method}`);
      }
      expect(outcomes).toEqual(METHOD_NAMES.map((method) => `${method}: ${expected(method, role) ? 'allowed' : 'forbidden'}`));
      if (role !== 'operator') expect(dump(app.db)).toEqual(before);
    });
  }

  it('the submit role is allowed exactly its two methods', () => {
    const allowed = METHOD_NAMES.filter((method) => {
      const answer = app.router.call(method, {}, { role: 'submit' });
      return answer.ok || answer.error.code !== 'forbidden';
    });
    expect(allowed).toEqual(['submission.context', 'submission.create']);
  });
});
