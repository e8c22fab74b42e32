import type { ExportFile } from '../../../../shared/methods-export';
import { blobOf, extensionOf, safeFileName } from './export-file';

/*
 * The same path serves Electron and a browser: a Blob and an <a download>.
 * In Electron the shell answers the download with the OS save dialog
 * (session 'will-download' in src/main/index.ts); a browser saves it as it
 * saves any download.
 */

/**
 * Starts the download of an export. The object URL is released a little
 * later: revoking it at once can cancel the download in some browsers before it starts.
 */
export function saveExport(file: ExportFile, doc: Document = document): { fileName: string; size: number } {
  const blob = blobOf(file);
  const fileName = safeFileName(file.fileName, extensionOf(file.fileName));
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { fileName, size: blob.size };
}
