import type { ExportFile } from '../../../shared/methods-export';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

/** Turns print-ready HTML into PDF bytes: Chromium here, Electron's printToPDF in the shell. */
export type PrintHtml = (html: string) => Promise<Uint8Array>;

/**
 * Prints the transcript's HTML to an A4 PDF with headless Chromium (browser
 * mode and tests). JavaScript is off and the page's CSP forbids loading
 * anything, so the document cannot reach out or run code. The page size and
 * margins come from the HTML's @page rule, the same as with printToPDF.
 */
export async function printHtmlToPdf(html: string, executablePath = chromiumPath()): Promise<Uint8Array> {
  // A variable specifier keeps bundlers from pulling playwright-core into the Electron build, which never prints here.
  const specifier = 'playwright-core';
  const { chromium } = (await import(/* @vite-ignore */ specifier)) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/**
 * Finishes an export for a transport: a PDF export comes out of the router as
 * HTML with needsPrint set; this prints it and answers the PDF in base64.
 * Every other export passes through unchanged.
 */
export async function completeExport(file: ExportFile, print: PrintHtml = printHtmlToPdf): Promise<ExportFile> {
  if (!file.needsPrint) return file;
  const pdf = await print(file.content);
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    encoding: 'base64',
    content: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64')
  };
}
