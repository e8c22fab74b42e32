import { useEffect } from 'react';
import { create } from 'zustand';
import type { Outlet, Person } from '../../../shared/domain';
import { reconcileList } from './reconcile';
import { request } from './request';
import { singleFlight } from './single-flight';

/**
 * The directory (people and outlets) held in memory for type-ahead: a search
 * then costs no round trip and shows no flicker. The server caps a list at
 * DIRECTORY_LIMIT; beyond that, type-ahead also asks the server (searchOutlets).
 */
export const DIRECTORY_LIMIT = 500;

interface DirectoryState {
  people: Person[] | null;
  outlets: Outlet[] | null;
}

export const useDirectoryStore = create<DirectoryState>(() => ({ people: null, outlets: null }));

export const loadDirectory = singleFlight(async (_key: 'all') => {
  const [people, outlets] = await Promise.all([
    request('person.list', { query: '', limit: DIRECTORY_LIMIT }),
    request('outlet.list', { query: '', limit: DIRECTORY_LIMIT })
  ]);
  const state = useDirectoryStore.getState();
  useDirectoryStore.setState({
    people: reconcileList(state.people ?? undefined, people),
    outlets: reconcileList(state.outlets ?? undefined, outlets)
  });
});

export function isDirectoryLoaded(): boolean {
  return useDirectoryStore.getState().people !== null;
}

export function useDirectory(): DirectoryState {
  const people = useDirectoryStore((s) => s.people);
  const outlets = useDirectoryStore((s) => s.outlets);
  useEffect(() => {
    if (!isDirectoryLoaded()) void loadDirectory('all').catch(() => undefined);
  }, []);
  return { people, outlets };
}

/** Case-insensitive substring match on any of the given texts; prefix matches first. */
export function matchByText<T>(items: readonly T[], query: string, texts: (item: T) => string[], limit = 8): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return items.slice(0, limit);
  const prefix: T[] = [];
  const inner: T[] = [];
  for (const item of items) {
    const hay = texts(item).map((s) => s.toLowerCase());
    if (hay.some((s) => s.startsWith(q))) prefix.push(item);
    else if (hay.some((s) => s.includes(q))) inner.push(item);
    if (prefix.length >= limit) break;
  }
  return [...prefix, ...inner].slice(0, limit);
}
