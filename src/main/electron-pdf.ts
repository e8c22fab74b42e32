/**
 * The app's PDF printer: Electron's own Chromium prints the transcript's
 * print-ready HTML (see src/main/core/exports/pdf.ts), so the desktop app
 * needs no browser of its own. Browser mode and the tests print with
 * headless Chromium instead (printHtmlToPdf); both honour the HTML's @page rule.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApi, ShellSession, ShellWindow } from './electron-api';

/** An in-memory session of its own: nothing the print window does reaches the console's cookies, cache or handlers. */
const PRINT_PARTITION = 'rostrum-print';

/** A stuck load must not hold the moderator's export for ever. */
const LOAD_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The printer, given Electron's API: `print(html)` answers the PDF's bytes.
 * Its windows are held to the console's rules and more: no script, a session
 * of their own that grants nothing and loads nothing but the one file.
 */
export function createElectronPrinter(electron: Pick<ElectronApi, 'BrowserWindow' | 'session'>): (html: string) => Promise<Uint8Array> {
  let printing: ShellSession | null = null;
  function printSession(): ShellSession {
    if (!printing) {
      printing = electron.session.fromPartition(PRINT_PARTITION);
      printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      printing.setPermissionCheckHandler(() => false);
      // the page is our own file and loads nothing else (its CSP forbids it); refuse anything that tries
      printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') }));
    }
    return printing;
  }

  return async function printWithElectron(html: string): Promise<Uint8Array> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rostrum-print-'));
    const file = path.join(dir, 'transcript.html');
    let window: ShellWindow | null = null;
    try {
      await fs.writeFile(file, html, 'utf8');
      printSession(); // its handlers are set before the window's first request
      window = new electron.BrowserWindow({
        show: false,
        webPreferences: {
          partition: PRINT_PARTITION,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          webviewTag: false,
          spellcheck: false
        }
      });
      await withTimeout(window.loadFile(file), LOAD_TIMEOUT_MS, 'Loading the transcript for printing');
      const pdf = await withTimeout(
        window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }),
        LOAD_TIMEOUT_MS,
        'Printing the transcript'
      );
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (window && !window.isDestroyed()) window.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  };
}
