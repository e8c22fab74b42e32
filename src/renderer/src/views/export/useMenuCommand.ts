import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../../../shared/bridge';
import { bridge } from '../../api/bridge';

/** The conference of a route: "#/conference/7/review" → 7; null on pages that belong to none. */
export function conferenceIdFromHash(hash: string): number | null {
  const match = /^#?\/conference\/(\d+)(?:\/|$|\?)/.exec(hash);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Ctrl+E (Cmd+E on a Mac), the menu's accelerator, without other modifiers. */
export function isExportKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac: boolean): boolean {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e';
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Runs `onCommand` for the application menu's commands. Inside Electron they
 * come from the shell's menu (File → Export…, whose accelerator is Ctrl/Cmd+E);
 * in a browser, which has no such menu, Ctrl/Cmd+E is caught here (it would
 * otherwise move the focus to the browser's address bar).
 */
export function useMenuCommand(onCommand: (command: MenuCommand) => void): void {
  const ref = useRef(onCommand);
  useLayoutEffect(() => {
    ref.current = onCommand;
  });

  useEffect(() => {
    if (bridge.onMenu) return bridge.onMenu((command) => ref.current(command));
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !isExportKey(event, mac)) return;
      event.preventDefault();
      ref.current('export');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
