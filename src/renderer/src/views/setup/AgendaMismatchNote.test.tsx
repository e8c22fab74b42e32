// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import { AgendaMismatchNote } from './AgendaMismatchNote';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const note = () => host.querySelector('[data-testid="agenda-mismatch"]')?.textContent ?? null;

describe('the note when the agenda does not add up to the plan', () => {
  it('names both totals in minutes, in Chinese and in English', async () => {
    await i18next.changeLanguage('zh');
    act(() => root.render(<AgendaMismatchNote agendaSeconds={72 * 60} plannedSeconds={45 * 60} />));
    expect(note()).toBe('议程合计 72 分钟，计划 45 分钟');
    await act(() => i18next.changeLanguage('en'));
    expect(note()).toBe('Agenda totals 72 min; 45 min planned');
  });

  it('says nothing when the agenda matches the plan, is empty, or nothing is planned', () => {
    for (const [agendaSeconds, plannedSeconds] of [
      [45 * 60, 45 * 60],
      [0, 45 * 60],
      [72 * 60, 0]
    ] as const) {
      act(() => root.render(<AgendaMismatchNote agendaSeconds={agendaSeconds} plannedSeconds={plannedSeconds} />));
      expect(note()).toBeNull();
    }
  });
});
