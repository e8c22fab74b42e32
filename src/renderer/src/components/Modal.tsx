import { useEffect, useRef, type ReactNode } from 'react';
import { pushModal, useShortcuts } from '../keyboard/useShortcuts';

const ignore = () => undefined;

/** A dialog over the page: the page's shortcuts are off while it is open; Esc closes it. */
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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const release = pushModal();
    const previous = document.activeElement as HTMLElement | null;
    // a selector list matches in document order, so [data-autofocus] is looked for on its own first
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>('button, input, textarea, select');
    first?.focus();
    return () => {
      release();
      previous?.focus?.();
    };
  }, []);
  // Ctrl+Z / Ctrl+Shift+Z beneath a dialog are off, and must not fall through to the browser's own undo either:
  // it would type a text already recorded (the last answer) back into a box behind the dialog
  useShortcuts({ escape: onClose, undo: ignore, redo: ignore }, { modal: true });
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`modal${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" data-testid={testId} ref={ref}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
