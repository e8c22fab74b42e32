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

/** A refused key says why for this long: long enough to read a short sentence, gone before the next action. */
export const REFUSAL_MS = 2500;

/**
 * Shows a notice. The same text again replaces the one shown (a key pressed
 * three times says why once, for longer), so repeats never stack up.
 */
export function notify(kind: Notice['kind'], text: string, lifetimeMs: number = LIFETIME_MS[kind]): void {
  const id = nextId++;
  // the newest three are enough: an older one is stale by the time a moderator looks
  useNotices.setState((s) => ({ notices: [...s.notices.filter((n) => n.text !== text).slice(-2), { id, kind, text }] }));
  setTimeout(() => dismiss(id), lifetimeMs);
}

export function dismiss(id: number): void {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
