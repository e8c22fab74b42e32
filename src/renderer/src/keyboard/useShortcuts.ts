import { useEffect, useLayoutEffect, useRef } from 'react';
import { shortcutFor } from './keys';
import type { ShortcutId } from './shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId, (event: KeyboardEvent) => void>>;

/**
 * While a modal (help overlay, confirmation) is open, shortcuts of the page
 * beneath are off; only the modal's own handlers run.
 */
let modalDepth = 0;
export function pushModal(): () => void {
  modalDepth += 1;
  return () => {
    modalDepth -= 1;
  };
}

/**
 * Binds the given shortcuts for as long as the component is mounted. Handlers
 * are read through a ref, so passing a new object every render costs nothing.
 * `modal: true` marks the handlers of an open modal (they run when others are off).
 */
export function useShortcuts(handlers: ShortcutHandlers, options: { enabled?: boolean; modal?: boolean } = {}): void {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  const enabled = options.enabled ?? true;
  const modal = options.modal ?? false;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (modalDepth > 0 && !modal) return;
      const current = ref.current;
      const id = shortcutFor(event, Object.keys(current) as ShortcutId[]);
      if (!id) return;
      const handler = current[id];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, modal]);
}
