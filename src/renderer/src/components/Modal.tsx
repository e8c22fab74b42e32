import { useEffect, useRef, type ReactNode } from 'react';
import { pushModal, useShortcuts } from '../keyboard/useShortcuts';

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
  useShortcuts({ escape: onClose }, { modal: true });
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`modal${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" data-testid={testId} ref={ref}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
