/**
 * The test hook: `<html data-app-state="ready">` once the first data has been
 * drawn, and `data-revision` = the last database revision whose refetch has
 * landed, so end-to-end tests wait for facts rather than time.
 */
export function markReady(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (root.dataset.appState === 'ready') return;
  // after the commit that draws the data, not before it
  requestAnimationFrame(() => {
    root.dataset.appState = 'ready';
  });
}

export function markRevision(revision: number): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (Number(root.dataset.revision ?? 0) < revision) root.dataset.revision = String(revision);
}
