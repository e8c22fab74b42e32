import type { Page } from '@playwright/test';

/**
 * Whether named elements are wholly on screen: inside the viewport, not cut by
 * an ancestor that clips (overflow other than visible), and, for those listed as
 * `whole`, with no content wider than their box (scrollWidth ≤ clientWidth).
 * Answers one line per problem, so a failing size says what and by how much.
 */
export interface FitTarget {
  /** a data-testid */
  testId: string;
  /** also require scrollWidth ≤ clientWidth (buttons, panels; not text that clamps with an ellipsis on purpose) */
  whole?: boolean;
}

export async function layoutProblems(page: Page, targets: readonly FitTarget[]): Promise<string[]> {
  return page.evaluate((list) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.documentElement;
    if (root.scrollWidth > vw) problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > ${vw}`);
    if (document.body.scrollWidth > vw) problems.push(`the body scrolls sideways: scrollWidth ${document.body.scrollWidth} > ${vw}`);
    const px = (n: number) => Math.round(n);
    for (const { testId, whole } of list) {
      const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      if (!el) {
        problems.push(`${testId}: missing`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) problems.push(`${testId}: has no size (${px(r.width)}×${px(r.height)})`);
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) {
        problems.push(`${testId}: outside the ${vw}×${vh} viewport at [${px(r.left)}, ${px(r.top)}, ${px(r.right)}, ${px(r.bottom)}]`);
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (r.left < c.left - 0.5 || r.top < c.top - 0.5 || r.right > c.right + 0.5 || r.bottom > c.bottom + 0.5) {
          const name = a.dataset.testid ?? a.className;
          problems.push(
            `${testId}: cut by ${name} [${px(c.left)}, ${px(c.top)}, ${px(c.right)}, ${px(c.bottom)}] at [${px(r.left)}, ${px(r.top)}, ${px(r.right)}, ${px(r.bottom)}]`
          );
          break;
        }
      }
      if (whole && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${testId}: content wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems;
  }, targets);
}

/** Height in CSS pixels of the element with that test id. */
export async function heightOf(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

/**
 * What the elements with that test id lie over: controls (buttons, links,
 * fields) and panels outside themselves, one line each. A notice in its own
 * lane lies over nothing.
 */
export async function coveredBy(page: Page, testId: string): Promise<string[]> {
  return page.evaluate((id) => {
    // the part of an element its scrolling ancestors let through (what can be seen, and so covered)
    const visibleRect = (node: HTMLElement) => {
      const r = node.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
      }
      return { left, top, right, bottom, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    };
    const found: string[] = [];
    const below = 'button, a[href], input, select, textarea, [role="radio"], .panel, [data-testid="live-header"]';
    for (const el of document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)) {
      const r = el.getBoundingClientRect();
      for (const other of document.querySelectorAll<HTMLElement>(below)) {
        if (el.contains(other) || other.contains(el)) continue;
        const o = visibleRect(other);
        if (o.width === 0 || o.height === 0) continue;
        const overlaps = r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
        if (overlaps) found.push(`"${el.textContent}" lies over ${other.tagName.toLowerCase()} ${other.dataset.testid ?? other.className}`);
      }
    }
    return found;
  }, testId);
}
