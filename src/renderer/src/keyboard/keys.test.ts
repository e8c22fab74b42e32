// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { comboOf, isTypingTarget, keyLabel, shortcutFor } from './keys';
import { SHORTCUTS, type ShortcutId } from './shortcuts';

const ALL = Object.keys(SHORTCUTS) as ShortcutId[];

function key(init: KeyboardEventInit, target?: EventTarget): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
}

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

describe('key combinations', () => {
  it('names a key event the way the shortcut table writes it', () => {
    expect(comboOf(key({ key: 'n' }))).toBe('n');
    expect(comboOf(key({ key: 'E', shiftKey: true }))).toBe('Shift+e');
    expect(comboOf(key({ key: '?', shiftKey: true }))).toBe('?');
    expect(comboOf(key({ key: 'z', ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+z');
    expect(comboOf(key({ key: 'z', metaKey: true }))).toBe('Mod+z');
    expect(comboOf(key({ key: 'ArrowUp', altKey: true }))).toBe('Alt+ArrowUp');
    expect(comboOf(key({ key: ' ' }))).toBe('Space');
  });

  it('labels keys for people, per platform', () => {
    expect(keyLabel('Mod+Shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(keyLabel('Mod+Shift+z', true)).toBe('⌘⇧Z');
    expect(keyLabel('PageDown', false)).toBe('PgDn');
  });
});

describe('the shortcut guard', () => {
  it('fires a live action from the page', () => {
    expect(shortcutFor(key({ key: 'n' }, document.body), ALL)).toBe('callNext');
    expect(shortcutFor(key({ key: 'z', ctrlKey: true }, document.body), ALL)).toBe('undo');
    expect(shortcutFor(key({ key: 'y', ctrlKey: true }, document.body), ALL)).toBe('redo');
    expect(shortcutFor(key({ key: 'PageDown' }, document.body), ALL)).toBe('advance');
  });

  it('never fires a live action while the moderator types in a field', () => {
    for (const html of ['<input type="text">', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"></div>', '<input>']) {
      const field = element(html);
      for (const letter of ['n', 'a', 'w', 'r', 'e', 'x', 'l', 'f', '1', 'q', 'd', 't', 'h']) {
        expect(shortcutFor(key({ key: letter }, field), ALL), `${letter} in ${html}`).toBeNull();
      }
      // Ctrl+Z in a field is the field's own undo, not the live undo
      expect(shortcutFor(key({ key: 'z', ctrlKey: true }, field), ALL)).toBeNull();
      expect(shortcutFor(key({ key: 'PageDown' }, field), ALL)).toBeNull();
    }
  });

  it('lets only explicit combinations through a field', () => {
    const field = element('<textarea></textarea>');
    expect(shortcutFor(key({ key: 'Enter', ctrlKey: true }, field), ALL)).toBe('submit');
    expect(shortcutFor(key({ key: 'Escape' }, field), ALL)).toBe('escape');
    expect(shortcutFor(key({ key: 's', ctrlKey: true }, field), ALL)).toBe('save');
  });

  it('treats a checkbox as no text field, but leaves Enter on a button to the button', () => {
    expect(isTypingTarget(element('<input type="checkbox">'))).toBe(false);
    expect(shortcutFor(key({ key: 'n' }, element('<input type="checkbox">')), ALL)).toBe('callNext');
    expect(shortcutFor(key({ key: 'Enter' }, element('<button>Call</button>')), ALL)).toBeNull();
    expect(shortcutFor(key({ key: 'Enter' }, document.body), ALL)).toBe('callSelected');
  });

  it('ignores keys while an input method composes Chinese', () => {
    expect(shortcutFor(key({ key: 'n', isComposing: true }, document.body), ALL)).toBeNull();
    expect(shortcutFor(key({ key: 'Process' }, document.body), ALL)).toBeNull();
  });

  it('binds no key twice within a scope, except Enter and Ctrl+Enter, which the fields handle themselves', () => {
    const seen = new Map<string, ShortcutId>();
    const shared = [
      ['callSelected', 'recordAnswer'],
      ['recordAndClose', 'submit']
    ];
    for (const id of ALL) {
      for (const combo of SHORTCUTS[id].keys) {
        const slot = `${SHORTCUTS[id].scope}|${combo}`;
        if (seen.has(slot)) expect(shared).toContainEqual([seen.get(slot), id].sort());
        seen.set(slot, id);
      }
    }
  });

  it('Ctrl+Enter outside a field records and closes the answer; in a field it stays the form’s', () => {
    expect(shortcutFor(key({ key: 'Enter', ctrlKey: true }, document.body), ['recordAndClose'])).toBe('recordAndClose');
    expect(shortcutFor(key({ key: 'Enter', ctrlKey: true }, element('<input type="text">')), ['recordAndClose'])).toBeNull();
  });
});
