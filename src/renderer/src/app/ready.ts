/**
 * The test hook: `<html data-app-state="ready">` once the view's first data has
 * been drawn, and `data-revision` = the last database revision whose refetch has
 * landed, so end-to-end tests wait for facts rather than time. A change of route
 * sets the state back to "loading" until the new view has drawn its data, so a
 * test that navigates waits for the new view, not the old one's marker.
 */
let generation = 0;

export function markReady(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (root.dataset.appState === 'ready') return;
  const at = generation;
  // after the commit that draws the data, not before it; not if the route changed meanwhile
  requestAnimationFrame(() => {
    if (at === generation) root.dataset.appState = 'ready';
  });
}

/** The page is not ready again until the view now shown marks it so. */
export function resetReady(): void {
  if (typeof document === 'undefined') return;
  generation += 1;
  document.documentElement.dataset.appState = 'loading';
}

export function markRevision(revision: number): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (Number(root.dataset.revision ?? 0) < revision) root.dataset.revision = String(revision);
}
