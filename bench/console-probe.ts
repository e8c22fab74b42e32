import type { Page } from 'playwright-core';

/**
 * Timings taken inside the page, on its own clock (performance.now()):
 * a keydown dispatched in the page, then a MutationObserver that waits for the
 * DOM the action must produce, then the next animation frame, the one that
 * paints it. So a figure is "keypress → updated screen", without the
 * automation's round trips in it.
 */
export interface Change {
  /** CSS selector whose matches are counted */
  selector: string;
  /** the count that means "done"; 'changed' means any count other than the one before */
  count: number | 'changed';
  /** and, when given, an attribute of the first match */
  attribute?: { name: string; value: string };
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  shiftKey?: boolean;
  /** the element the key is pressed in; the page's body when absent */
  target?: string;
}

const TIMEOUT_MS = 10_000;

/** Dispatches the key and answers the milliseconds until the frame that shows `change`. */
export function timeKey(page: Page, press: KeyPress, change: Change): Promise<number> {
  return page.evaluate(
    ([p, c, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const count = () => document.querySelectorAll(c.selector).length;
        const before = count();
        const done = () => {
          const n = count();
          if (c.count === 'changed' ? n === before : n !== c.count) return false;
          if (!c.attribute) return true;
          return document.querySelector(c.selector)?.getAttribute(c.attribute.name) === c.attribute.value;
        };
        if (done()) return reject(new Error(`already true before the key: ${JSON.stringify(c)}`));
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no change within ${timeout} ms: ${JSON.stringify(c)}`));
        }, timeout);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const target = (p.target ? document.querySelector(p.target) : null) ?? document.body;
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key: p.key, ctrlKey: !!p.ctrlKey, shiftKey: !!p.shiftKey, bubbles: true, cancelable: true })
        );
      }),
    [press, change, TIMEOUT_MS] as const
  );
}

/**
 * Scrolls a list by `by` pixels (or to `to`) and answers the milliseconds until
 * the frame that shows the rows drawn for the new position.
 */
export function timeScroll(page: Page, listSelector: string, move: { by?: number; to?: number }): Promise<number> {
  return page.evaluate(
    ([sel, m, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const list = document.querySelector<HTMLElement>(sel);
        if (!list) return reject(new Error(`no ${sel}`));
        const rows = () =>
          Array.from(list.querySelectorAll('[data-index]'))
            .map((r) => r.getAttribute('data-index'))
            .join(',');
        const before = rows();
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the rows did not change within ${timeout} ms`));
        }, timeout);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (rows() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(list, { subtree: true, childList: true });
        list.scrollTop = m.to ?? list.scrollTop + (m.by ?? 0);
      }),
    [listSelector, move, TIMEOUT_MS] as const
  );
}

/**
 * From a hash change (the app already loaded, the conference not yet fetched)
 * to the frame that shows `ready`: a view's first render with its data.
 */
export function timeNavigation(page: Page, hash: string, ready: string): Promise<number> {
  return page.evaluate(
    ([h, sel, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${sel} did not appear within ${timeout} ms`));
        }, timeout);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(sel)) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true });
        location.hash = h;
      }),
    [hash, ready, TIMEOUT_MS] as const
  );
}
