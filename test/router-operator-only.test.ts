import { afterEach, expect, it } from 'vitest';
import { methods, METHOD_NAMES } from '../src/shared/methods';
import { openTestApp, type TestApp } from './helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

it('refuses operator-only reads (the transcript export) to a read-only display, and allows them to the operator', () => {
  app = openTestApp();
  const conf = app.router.invoke('conference.create', { title: '只读测试' });
  const onlyForOperators = METHOD_NAMES.filter((name) => 'operatorOnly' in methods[name]);
  expect(onlyForOperators).toContain('transcript.export');

  const asDisplay = app.router.call('transcript.export', { conferenceId: conf.id, format: 'txt' }, { role: 'readonly' });
  expect(asDisplay.ok).toBe(false);
  if (!asDisplay.ok) expect(asDisplay.error.code).toBe('forbidden');

  const asOperator = app.router.call('transcript.export', { conferenceId: conf.id, format: 'txt' }, { role: 'operator' });
  expect(asOperator.ok).toBe(true);

  const display = app.router.call('conference.get', { id: conf.id }, { role: 'readonly' });
  expect(display.ok).toBe(true);
});
