// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Modal } from './Modal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>
        导出…
      </button>
      {open ? (
        <Modal title="导出文字实录" onClose={() => setOpen(false)} testId="dialog">
          <input data-testid="first" />
          <button type="button" data-testid="middle">
            预览
          </button>
          <button type="button" data-testid="last" onClick={() => setOpen(false)}>
            关闭
          </button>
        </Modal>
      ) : null}
    </>
  );
}

const byId = (id: string) => host.ownerDocument.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const tab = (shiftKey = false) =>
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
  });
const escape = () => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));

describe('the modal dialog', () => {
  it('opens as a modal <dialog> named by its title, with the focus on its first control', () => {
    act(() => root.render(<Page />));
    byId('opener').focus();
    act(() => byId('opener').click());
    const dialog = host.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('导出文字实录');
    expect(document.activeElement).toBe(byId('first'));
  });

  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    act(() => root.render(<Page />));
    act(() => byId('opener').click());
    byId('last').focus();
    tab();
    expect(document.activeElement).toBe(byId('first'));
    tab(true);
    expect(document.activeElement).toBe(byId('last'));
  });

  it('closes on Esc and gives the focus back to the button that opened it', () => {
    act(() => root.render(<Page />));
    byId('opener').focus();
    act(() => byId('opener').click());
    expect(document.activeElement).not.toBe(byId('opener'));
    escape();
    expect(host.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(byId('opener'));
  });
});
