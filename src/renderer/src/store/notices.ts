import { create } from 'zustand';

/** Short messages at the foot of the screen: what was undone, what failed. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface NoticeState {
  notices: Notice[];
}

export const useNotices = create<NoticeState>(() => ({ notices: [] }));

let nextId = 1;
const LIFETIME_MS = { info: 3500, error: 7000 };

export function notify(kind: Notice['kind'], text: string): void {
  const id = nextId++;
  // the newest three are enough: an older one is stale by the time a moderator looks
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-2), { id, kind, text }] }));
  setTimeout(() => dismiss(id), LIFETIME_MS[kind]);
}

export function dismiss(id: number): void {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
