import { useSyncExternalStore, type ComponentType } from 'react';

/**
 * A hash router small enough to read at a glance: "#/conference/7/live".
 * Hash routes work the same from file:// in Electron and from the HTTP server.
 */
export type RouteParams = Record<string, string>;

export interface RouteDef {
  /** e.g. "/conference/:id/live" */
  path: string;
  component: ComponentType<{ params: RouteParams }>;
  /** shown in the top bar's main navigation */
  nav?: { labelKey: string; order: number };
  /** shown as a tab of the conference (routes with :id) */
  conferenceTab?: { labelKey: string; order: number };
  /** the page title's i18n key */
  titleKey?: string;
  /** a display page (the stage): the whole screen, without the top bar, overlays or any control */
  bare?: boolean;
}

export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('?')[0]!.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}

export function fillPath(pattern: string, params: RouteParams): string {
  return pattern.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}

export function matchRoute(routes: readonly RouteDef[], path: string): { route: RouteDef; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function currentPath(): string {
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  return hash.startsWith('#') ? hash.slice(1) || '/' : '/';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function hrefOf(path: string): string {
  return '#' + path;
}

export const conferencePath = (id: number, view: 'setup' | 'live' | 'review') => `/conference/${id}/${view}`;
