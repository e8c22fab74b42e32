// Past conferences: the archive list, search, reports, templates and backups.
import type { Conference } from './domain';
import { method } from './method-spec';
import {
  archiveInputs as inputs,
  type ArchivePage,
  type BackupList,
  type ConferenceReport,
  type CsvFile,
  type PeriodReport,
  type SearchResult
} from './schemas-archive';

export const archiveMethods = {
  'archive.list': method<ArchivePage>()(
    inputs.list,
    'read',
    'Past conferences with their spokespeople, question count and duration; filtered, sorted and paged.'
  ),
  'archive.search': method<SearchResult>()(
    inputs.search,
    'read',
    'Find what was said or asked: 3+ characters through the trigram index ranked by relevance, 1–2 characters by a scan, newest first.'
  ),
  'report.conference': method<ConferenceReport>()(
    inputs.reportConference,
    'read',
    'One conference: planned against actual time per segment, questions per outlet and category, answer time per spokesperson.'
  ),
  'report.period': method<PeriodReport>()(
    inputs.reportPeriod,
    'read',
    'A period: how often each outlet asked (those that asked nothing included) and each spokesperson’s load.'
  ),
  'report.csv': method<CsvFile>()(inputs.reportCsv, 'read', 'A report as a CSV file that Excel opens with Chinese intact.'),
  'conference.createFromTemplate': method<Conference>()(
    inputs.createFromTemplate,
    'write',
    'A new draft conference from a past one: its details, roster, agenda and planned times; no questions or turns.'
  ),
  'backup.list': method<BackupList>()(inputs.backupCreate, 'read', 'The backups, with what each holds, and the backup jobs of this session.'),
  'backup.create': method<{ jobId: number }>()(
    inputs.backupCreate,
    'write',
    'Start an online backup; progress and the end come as change events on the "backup" topic.'
  ),
  'backup.restore': method<{ jobId: number }>()(
    inputs.backupRestore,
    'write',
    'Replace the archive with a backup, after a safety backup of the current state; refused while a conference is live.'
  ),
  'archive.export': method<{ jobId: number }>()(
    inputs.backupCreate,
    'write',
    'Write the whole archive to one file in the backups folder, to download or copy elsewhere.'
  ),
  'archive.import': method<{ jobId: number }>()(
    inputs.archiveImport,
    'write',
    'Merge in the conferences of another archive file that are not here yet; people and outlets matched by name.'
  )
} as const;
