import type { Page } from 'playwright-core';
import type { ExportFile } from '../../../shared/methods-export';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

/** Turns print-ready HTML into PDF bytes: Chromium here, Electron's printToPDF in the shell. */
export type PrintHtml = (html: string) => Promise<Uint8Array>;

/** A printer left unused this long closes its browser: it holds a hundred megabytes for nothing. */
const IDLE_CLOSE_MS = 10 * 60_000;

/**
 * One headless Chromium, launched once and reused by every PDF export of
 * browser mode, with one page ready in it: launching the browser is most of a
 * cold export's time (a second or more), opening a fresh context a few hundred
 * milliseconds more, and printing on the ready page a few hundred. Prints take
 * turns on that page; each replaces the whole document, and with JavaScript
 * off and the page's CSP forbidding any load, nothing carries over.
 */
export class PdfPrinter {
  private page: Promise<Page> | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly executablePath: () => string = chromiumPath) {}

  /** Starts the browser and its page if they are not running, so that the next print finds them ready. */
  warm(): Promise<Page> {
    this.touch();
    if (!this.page) {
      const opening = open(this.executablePath());
      this.page = opening;
      const forget = () => {
        if (this.page === opening) this.page = null;
      };
      // a crashed or killed browser is launched again on the next print
      opening.then((page) => page.context().browser()?.on('disconnected', forget), forget);
    }
    return this.page;
  }

  /**
   * Prints the transcript's HTML to an A4 PDF. JavaScript is off and the page's
   * CSP forbids loading anything, so the document cannot reach out or run code.
   * The page size and margins come from the HTML's @page rule, as with printToPDF.
   */
  print(html: string): Promise<Uint8Array> {
    const printing = this.turn.then(async () => {
      const page = await this.warm();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        this.touch();
      }
    });
    this.turn = printing.catch(() => undefined);
    return printing;
  }

  /** Closes the browser, if one runs (on shutdown, and when idle). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const running = this.page;
    this.page = null;
    const page = running ? await running.catch(() => null) : null;
    await page
      ?.context()
      .browser()
      ?.close()
      .catch(() => undefined);
  }

  private touch(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.close(), IDLE_CLOSE_MS);
    // an idle printer never keeps the process alive
    this.idle.unref();
  }
}

async function open(executablePath: string): Promise<Page> {
  // A variable specifier keeps bundlers from pulling playwright-core into the Electron build, which never prints here.
  const specifier = 'playwright-core';
  const { chromium } = (await import(/* @vite-ignore */ specifier)) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    return await context.newPage();
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The process's printer (browser mode and tests); the server closes it when it stops. */
export const pdfPrinter = new PdfPrinter();

export const printHtmlToPdf: PrintHtml = (html) => pdfPrinter.print(html);

/**
 * Finishes an export for a transport: a PDF export comes out of the router as
 * HTML with needsPrint set; this prints it and answers the PDF in base64.
 * Every other export passes through unchanged, and (with the default printer)
 * warms it: the export dialog asks for a preview as it opens, so by the time
 * the moderator picks PDF and clicks, the browser is running.
 */
export async function completeExport(file: ExportFile, print: PrintHtml = printHtmlToPdf): Promise<ExportFile> {
  if (!file.needsPrint) {
    if (print === printHtmlToPdf) pdfPrinter.warm().catch(() => undefined);
    return file;
  }
  const pdf = await print(file.content);
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    encoding: 'base64',
    content: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64')
  };
}
