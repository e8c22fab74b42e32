/**
 * The name a backup downloads under: a backup with recordings is one zip of the
 * database and its audio (server/backup-transfer.ts), so it ends in .zip; one
 * without is the bare .db file. The server's header and the page's download
 * link both use it (a link's download attribute wins over the header).
 */
export function backupDownloadName(fileName: string, withAudio: boolean): string {
  return withAudio ? fileName.replace(/\.db$/, '.zip') : fileName;
}
