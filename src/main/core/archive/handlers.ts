import type { archiveMethods } from '../../../shared/methods-archive';
import type { Services } from '../services';
import type { Handlers } from '../router';
import { backupManagerOf } from './backup-manager';
import { createArchiveList } from './list';
import { reportCsv } from './report-csv';
import { createReports } from './reports';
import { createSearchService } from './search';
import { createFromTemplate } from './templates';

/**
 * Handlers of the methods in src/shared/methods-archive.ts. Reads run inside the
 * router's transaction like any other; the backup methods only start a job of
 * the backup manager (see backup-manager.ts) and return its id at once.
 */
export function createArchiveHandlers(s: Services): Pick<Handlers, keyof typeof archiveMethods> {
  const list = createArchiveList(s.db);
  const search = createSearchService(s.db);
  const reports = createReports(s.db, s);
  return {
    'archive.list': (ctx, input) => list.list(input, ctx.now()),
    'archive.search': (_ctx, input) => {
      // what the last writes queued is found too
      s.searchIndex.catchUp();
      return search.search(input);
    },
    'report.conference': (ctx, input) => reports.conference(input, ctx.now()),
    'report.period': (ctx, input) => reports.period(input, ctx.now()),
    'report.csv': (ctx, input) => reportCsv(reports, input, ctx.now()),
    'conference.createFromTemplate': (ctx, input) => createFromTemplate(s, ctx, input),
    'backup.list': () => backupManagerOf(s.db).list(),
    'backup.create': () => ({ jobId: backupManagerOf(s.db).startBackup('manual') }),
    'backup.restore': (_ctx, input) => ({ jobId: backupManagerOf(s.db).startRestore(input.fileName) }),
    'archive.export': () => ({ jobId: backupManagerOf(s.db).startBackup('export') }),
    'archive.import': (_ctx, input) => ({ jobId: backupManagerOf(s.db).startImport(input.fileName) })
  };
}
