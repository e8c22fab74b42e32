import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { pushModal, useShortcuts } from '../keyboard/useShortcuts';

const ignore = () => undefined;

const TABBABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** What Tab can reach in the dialog, in order: enabled and shown. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0
  );
}

/**
 * A dialog over the page, a native <dialog> opened with showModal(): the page
 * beneath is inert (no click, no focus, hidden from screen readers) and its
 * shortcuts are off; Tab cycles inside; Esc closes it; the focus goes back to
 * what had it before (the button that opened it).
 */
export function Modal({
  title,
  onClose,
  children,
  testId,
  wide
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // the opener, taken before showModal() moves the focus into the dialog
  const opener = useRef<HTMLElement | null>(null);
  // before paint, so the first frame is already modal
  useLayoutEffect(() => {
    opener.current = document.activeElement as HTMLElement | null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    const release = pushModal();
    // a selector list matches in document order, so [data-autofocus] is looked for on its own first
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>('button, input, textarea, select');
    first?.focus();
    return () => {
      release();
      opener.current?.focus?.();
    };
  }, []);
  // Ctrl+Z / Ctrl+Shift+Z beneath a dialog are off, and must not fall through to the browser's own undo either:
  // it would type a text already recorded (the last answer) back into a box behind the dialog
  useShortcuts({ escape: onClose, undo: ignore, redo: ignore }, { modal: true });

  /** Tab past the last control comes back to the first (and Shift+Tab the other way), never to the browser's own bar. */
  function keepTabInside(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !ref.current) return;
    const order = tabbables(ref.current);
    const first = order[0];
    const last = order[order.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    const outside = !ref.current.contains(active);
    if (event.shiftKey && (active === first || outside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || outside)) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-backdrop"
      aria-labelledby={titleId}
      // Esc is the shortcut's (above): the dialog must not close itself behind React's back
      onCancel={(e) => e.preventDefault()}
      onKeyDown={keepTabInside}
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className={`modal${wide ? ' wide' : ''}`} role="document" data-testid={testId} ref={ref}>
        <h2 className="modal-title" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
