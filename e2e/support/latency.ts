import type { Page } from '@playwright/test';

/**
 * Timing in the pages themselves. Every page of one browser reads the same
 * machine clock (performance.timeOrigin + performance.now()), so a keypress in
 * one window and the redraw it causes in another are measured on one clock.
 */

/** What the watched page must show: `count` elements match `selector` (with `text` in one of them, when given). */
export interface Expectation {
  selector: string;
  count?: number;
  atLeast?: number;
  text?: string;
}

/**
 * Starts watching before the action; `seen()` answers the page-clock instant
 * of the first DOM mutation after which the expectation held.
 */
export async function watch(page: Page, expectation: Expectation): Promise<{ seen(): Promise<number> }> {
  const key = `__watch${Math.random().toString(36).slice(2)}`;
  const heldAlready = await page.evaluate(
    ([e, k]) => {
      const holds = () => {
        const found = Array.from(document.querySelectorAll(e.selector));
        const matching = e.text === undefined ? found : found.filter((n) => (n.textContent ?? '').includes(e.text!));
        if (e.count !== undefined) return found.length === e.count && (e.text === undefined || matching.length > 0);
        return matching.length >= (e.atLeast ?? 1);
      };
      if (holds()) return true;
      (window as unknown as Record<string, unknown>)[k] = new Promise<number>((resolve) => {
        const check = () => {
          if (!holds()) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        };
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      return false;
    },
    [expectation, key] as const
  );
  // an expectation that already holds would time nothing
  if (heldAlready) throw new Error(`watch: ${JSON.stringify(expectation)} holds before the action`);
  return { seen: () => page.evaluate((k) => (window as unknown as Record<string, Promise<number>>)[k]!, key) };
}

/** The page-clock instant of the page's next keydown of `key`, taken before any handler runs. */
export async function stampNextKey(page: Page, key: string): Promise<() => Promise<number>> {
  const slot = `__key${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([k, s]) => {
      window.addEventListener(
        'keydown',
        (event) => {
          const slots = window as unknown as Record<string, number | undefined>;
          if (event.key === k && slots[s] === undefined) slots[s] = performance.timeOrigin + performance.now();
        },
        { capture: true }
      );
    },
    [key, slot] as const
  );
  return () => page.evaluate((s) => (window as unknown as Record<string, number>)[s]!, slot);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
