import { SHORTCUTS, type ShortcutId } from './shortcuts';

/**
 * A key event as a combination string: "Mod+Shift+z", "Alt+ArrowUp", "?", "n".
 * Shift is part of the combination for letters and named keys only: "?" is
 * Shift+/ on most layouts, and the table writes it as "?".
 */
export function comboOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  let key = event.key === ' ' ? 'Space' : event.key;
  const single = key.length === 1;
  if (single) key = key.toLowerCase();
  const letter = single && /[a-z]/.test(key);
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey && (letter || !single)) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

const TYPING_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'time', 'month', 'week']);

/** True where a keypress is text, not a command: inputs, textareas, selects, contenteditable. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TYPING_INPUTS.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  return element.isContentEditable === true;
}

/** Enter and Space on a focused button or link belong to it. */
export function isActivationTarget(target: EventTarget | null, combo: string): boolean {
  if (combo !== 'Enter' && combo !== 'Space') return false;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('button, a[href], [role="button"], summary, input[type="checkbox"], input[type="radio"]') !== null;
}

/**
 * The shortcut a key event means, or null. Typing in a field never fires a
 * shortcut unless the table allows it there; IME composition never does.
 */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'target'>,
  candidates: readonly ShortcutId[]
): ShortcutId | null {
  if (event.isComposing || event.key === 'Process' || event.key === 'Unidentified') return null;
  const combo = comboOf(event);
  const typing = isTypingTarget(event.target);
  const activation = isActivationTarget(event.target, combo);
  for (const id of candidates) {
    const shortcut = SHORTCUTS[id];
    if (!(shortcut.keys as readonly string[]).includes(combo)) continue;
    if (typing && !('inFields' in shortcut && shortcut.inFields)) continue;
    if (activation) continue;
    return id;
  }
  return null;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const NAMES: Record<string, [mac: string, other: string]> = {
  Mod: ['⌘', 'Ctrl'],
  Shift: ['⇧', 'Shift'],
  Alt: ['⌥', 'Alt'],
  ArrowUp: ['↑', '↑'],
  ArrowDown: ['↓', '↓'],
  ArrowLeft: ['←', '←'],
  ArrowRight: ['→', '→'],
  PageDown: ['PgDn', 'PgDn'],
  PageUp: ['PgUp', 'PgUp'],
  Escape: ['Esc', 'Esc'],
  Enter: ['↵', 'Enter'],
  End: ['End', 'End'],
  Space: ['Space', 'Space']
};

/** "Mod+Shift+z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac). */
export function keyLabel(combo: string, mac = isMac): string {
  const parts = combo.split('+').map((part) => {
    const name = NAMES[part];
    if (name) return mac ? name[0] : name[1];
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(mac ? '' : '+');
}

/** The first key of a shortcut, as shown beside its button. */
export function primaryKeyLabel(id: ShortcutId, mac = isMac): string {
  return keyLabel(SHORTCUTS[id].keys[0]!, mac);
}
