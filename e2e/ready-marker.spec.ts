import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The ready marker the specs wait on follows the view shown: a change of
 * address in the same document (what a click on a link does, and how the
 * Electron fixture navigates) sets it back to "loading" at once, and the new
 * view marks it ready when its data is drawn.
 */

/** Sets the hash in place and answers the marker as it is right after the hashchange event. */
function changeHash(page: Page, hash: string): Promise<string | undefined> {
  return page.evaluate(
    (h) =>
      new Promise<string | undefined>((resolve) => {
        addEventListener('hashchange', () => resolve(document.documentElement.dataset.appState), { once: true });
        location.hash = h;
      }),
    hash
  );
}

const ready = (page: Page) => page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });

test('a change of address resets the ready marker until the new view has its data', async ({ rostrum }) => {
  const { page, api } = rostrum;
  await expect(page).toHaveURL(/#\/$/);
  const conference = await api('conference.create', { title: '就绪标记测试发布会' });

  expect(await changeHash(page, '/archive')).toBe('loading');
  await ready(page);
  await expect(page.getByRole('main')).toContainText(conference.title);

  // the list again: already loaded once, refetched when shown
  expect(await changeHash(page, '/')).toBe('loading');
  await ready(page);
  await expect(page.getByRole('main')).toContainText(conference.title);

  // a conference's view, then again when its detail is already in the store
  for (const view of ['setup', 'review', 'setup']) {
    expect(await changeHash(page, `/conference/${conference.id}/${view}`)).toBe('loading');
    await ready(page);
    await expect(page).toHaveURL(new RegExp(`#/conference/${conference.id}/${view}$`));
  }
  // the same view under another address, and a page that does not exist: ready, not stuck
  expect(await changeHash(page, `/conference/${conference.id}/setup?turn=1`)).toBe('loading');
  await ready(page);
  expect(await changeHash(page, '/no-such-page')).toBe('loading');
  await ready(page);
});
