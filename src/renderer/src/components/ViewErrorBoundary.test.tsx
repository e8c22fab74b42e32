// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from '../i18n';
import { ViewErrorBoundary } from './ViewErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error too
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

/** A view that fails while drawing as long as `failing.now` is set. */
const failing = { now: true };
function FlakyView() {
  if (failing.now) throw new Error('Cannot read properties of undefined (reading "segments")');
  return <p data-testid="view">问题队列</p>;
}

describe('the error boundary of a view', () => {
  it.each([
    ['zh', '此页面出现故障，已停止工作', '重新加载此页面'],
    ['en', 'This view stopped working', 'Reload this view']
  ])('says in %s that the view failed and nothing is lost, and reloads the view on request', async (language, title, reload) => {
    await act(() => i18next.changeLanguage(language));
    failing.now = true;
    act(() =>
      root.render(
        <main>
          <nav data-testid="top-bar">导航</nav>
          <ViewErrorBoundary>
            <FlakyView />
          </ViewErrorBoundary>
        </main>
      )
    );
    const failed = host.querySelector('[data-testid="view-failed"]');
    expect(failed?.getAttribute('role')).toBe('alert');
    expect(failed?.querySelector('h1')?.textContent).toBe(title);
    expect(failed?.textContent).toContain(i18next.t('common:viewFailed.body'));
    // the rest of the app is still drawn
    expect(host.querySelector('[data-testid="top-bar"]')).not.toBeNull();
    const button = host.querySelector<HTMLButtonElement>('[data-testid="view-failed-reload"]')!;
    expect(button.textContent).toBe(reload);

    failing.now = false; // say the data that tripped it has been corrected
    act(() => button.click());
    expect(host.querySelector('[data-testid="view-failed"]')).toBeNull();
    expect(host.querySelector('[data-testid="view"]')?.textContent).toBe('问题队列');
  });
});
