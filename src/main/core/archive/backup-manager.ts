import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import { TOPICS, type ChangeEvent, type Topic } from '../../../shared/events';
import type { BackupInfo, BackupJob, BackupList, JobKind } from '../../../shared/schemas-archive';
import { SOURCE, createArchiveImporter } from './archive-import';
import { audioFolderOf, backUpAudio, backupAudioBytes, importedAudio, restoreAudio } from './backup-audio';
import { openArchiveSource } from './archive-source';
import { expiredBackups, freeBackupPath, parseBackupName, previewBackup } from './backup-files';
import { onlineBackup } from './online-backup';
import { restoreInWorker } from './restore';
import { prepareOpaque } from '../db/opaque-bindings';

export interface BackupManagerOptions {
  /** the open Rostrum (openRostrum's result), or its parts */
  rostrum: {
    db: Database.Database;
    dataDir: string;
    subscribe(listener: (event: ChangeEvent) => void): () => void;
    publish?(event: ChangeEvent): void;
  };
  now?: () => number;
  /** how often the daily backup is checked for while the app runs */
  checkEveryMs?: number;
}

const DAY = 86_400_000;
const managers = new WeakMap<Database.Database, BackupManager>();

/** The manager of a database, for the method handlers (which see only the services). */
export function backupManagerOf(db: Database.Database): BackupManager {
  const manager = managers.get(db);
  if (!manager) fail('invalid_state', 'Backups are not set up in this copy of Rostrum.');
  return manager;
}

/**
 * Backups, restores and archive imports. Each runs as a job, one at a time:
 * the method that starts one returns its id at once, and the job reports its
 * progress and its end as change events on the 'backup' topic.
 *
 * - Backups use SQLite's online backup API in a worker thread (online-backup.ts),
 *   so the event loop (and the live console) does not wait for them at all.
 * - A backup is taken when a conference ends, and daily while the app runs
 *   (`start()`); the retention rule of backup-files.ts prunes after each one.
 * - A restore first takes a safety backup, so it can itself be undone; its copy
 *   runs in a worker thread (restore.ts) and is refused while a conference is live.
 */
export function createBackupManager(options: BackupManagerOptions) {
  const { db, dataDir } = options.rostrum;
  const now = options.now ?? (() => Date.now());
  const folder = path.join(dataDir, 'backups');
  const jobs = new Map<number, BackupJob>();
  let nextJob = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  const previews = new Map<string, { key: string; info: BackupInfo }>();

  const revision = () => Number(prepareOpaque<[], { value: string }>(db, "SELECT value FROM meta WHERE key = 'revision'").get()!.value);
  /** Backups carry the recordings unless the press office chose otherwise (audio.backups.update). */
  const includeAudio = () => prepareOpaque<[], { value: string }>(db, "SELECT value FROM meta WHERE key = 'backup_audio'").get()?.value !== '0';

  function publish(topic: Topic, method: string, ids: number[] = [], conferenceId: number | null = null): void {
    options.rostrum.publish?.({ topic, conferenceId, ids, revision: revision(), method });
  }

  function update(job: BackupJob, patch: Partial<BackupJob>): void {
    const before = job.progress;
    Object.assign(job, patch);
    // progress is told in steps of a percent at least, not for every few pages copied
    if (patch.progress === undefined || Object.keys(patch).length > 1 || Math.abs(job.progress - before) >= 0.01) {
      publish('backup', 'backup.job', [job.id]);
    }
  }

  /** Queues a job; the returned promise settles with it (and never rejects: failures are on the job). */
  function run(kind: JobKind, fileName: string | null, work: (job: BackupJob) => Promise<BackupJob['result']>) {
    const job: BackupJob = {
      id: nextJob++,
      kind,
      state: 'running',
      progress: 0,
      fileName,
      startedAt: now(),
      finishedAt: null,
      error: null,
      result: null
    };
    jobs.set(job.id, job);
    publish('backup', 'backup.job', [job.id]);
    const done = queue.then(async () => {
      try {
        const result = await work(job);
        update(job, { state: 'done', progress: 1, finishedAt: now(), result });
      } catch (error) {
        update(job, { state: 'failed', finishedAt: now(), error: error instanceof Error ? error.message : String(error) });
      }
      return job;
    });
    queue = done;
    return { job, done };
  }

  /** An online backup into the backups folder (see online-backup.ts), then the retention rule. */
  async function copyTo(reason: string): Promise<string> {
    fs.mkdirSync(folder, { recursive: true });
    const file = freeBackupPath(folder, now(), reason);
    await onlineBackup(db.name, file);
    // the recordings as the copy knows them (backup-audio.ts); a safety copy before a restore keeps them too
    if (includeAudio()) await backUpAudio(file, dataDir);
    prune();
    return path.basename(file);
  }

  function prune(): void {
    for (const name of expiredBackups(fs.readdirSync(folder), now())) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(folder, name + suffix), { force: true });
      fs.rmSync(audioFolderOf(path.join(folder, name)), { recursive: true, force: true });
    }
  }

  function backupJob(reason: string) {
    return run('backup', null, async (job) => {
      const fileName = await copyTo(reason);
      job.fileName = fileName;
      return null;
    });
  }

  function liveConference(): string | null {
    const live = prepareOpaque<[], { title: string }>(db, "SELECT title FROM conferences WHERE status = 'live' LIMIT 1").get();
    return live?.title ?? null;
  }

  function requireNoLive(action: string): void {
    const live = liveConference();
    if (live) fail('invalid_state', `Cannot ${action} while “${live}” is live; end it first.`);
  }

  /** A file in the backups folder, by name only. */
  function filePath(fileName: string): string {
    if (path.basename(fileName) !== fileName || !fileName.endsWith('.db')) {
      fail('invalid_input', 'Name a .db file in the backups folder.', { field: 'fileName' });
    }
    const file = path.join(folder, fileName);
    if (!fs.existsSync(file)) fail('not_found', `There is no backup called ${fileName}.`, { field: 'fileName' });
    return file;
  }

  function restoreJob(fileName: string) {
    const file = filePath(fileName);
    requireNoLive('restore a backup');
    return run('restore', fileName, async (job) => {
      const safetyBackup = await copyTo('before-restore');
      update(job, { progress: 0.5 });
      requireNoLive('restore a backup');
      const source = openArchiveSource(file);
      // While the worker holds the write lock, a write here fails at once rather than
      // waiting (synchronously) for it; reads go on from the state before the restore.
      const busy = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma('busy_timeout = 0');
      try {
        const copying = restoreInWorker(db.name, source.file);
        update(job, { progress: 0.6 });
        await copying;
      } finally {
        db.pragma(`busy_timeout = ${busy}`);
        source.dispose();
      }
      await restoreAudio(file, dataDir);
      for (const topic of TOPICS) publish(topic, 'backup.restore');
      return { safetyBackup };
    });
  }

  function importJob(fileName: string) {
    const file = filePath(fileName);
    return run('import', fileName, async (job) => {
      const safetyBackup = await copyTo('before-import');
      update(job, { progress: 0.2 });
      const source = openArchiveSource(file);
      prepareOpaque<[file: string], never>(db, `ATTACH DATABASE ? AS ${SOURCE}`).run(source.file);
      try {
        const importer = createArchiveImporter(db);
        const skipped = importer.present().map((c) => c.title);
        const missing = importer.missing();
        const imported: string[] = [];
        for (const [index, conference] of missing.entries()) {
          const audio = importedAudio(file, dataDir, conference.uid);
          const result = importer.importOne(conference.id, audio.has);
          // after the commit: a crash before the copy ends leaves rows whose audio is short, which opening repairs
          await audio.copy(result.recordings);
          imported.push(conference.title);
          publish('conferences', 'archive.import', [result.id], result.id);
          if (result.createdPeople + result.createdOutlets > 0) publish('directory', 'archive.import');
          update(job, { progress: 0.2 + (0.8 * (index + 1)) / missing.length });
          // one conference per turn of the event loop, so the console keeps answering
          await new Promise((resolve) => setImmediate(resolve));
        }
        return { safetyBackup, imported, skipped };
      } finally {
        db.exec(`DETACH DATABASE ${SOURCE}`);
        source.dispose();
      }
    });
  }

  function latestBackupAt(): number | null {
    if (!fs.existsSync(folder)) return null;
    const times = fs.readdirSync(folder).flatMap((name) => parseBackupName(name)?.takenAt ?? []);
    return times.length ? Math.max(...times) : null;
  }

  const manager = {
    folder,

    /** Subscribes to conference ends and starts the daily check. Call once, when the app is ready. */
    start(): void {
      if (timer) return;
      let seen = -1;
      unsubscribe = options.rostrum.subscribe((event) => {
        // one call publishes an event per topic, all with its revision: back up once per call
        if (event.method !== 'live.end' || event.revision === seen) return;
        seen = event.revision;
        void backupJob('conference-end').done;
      });
      void manager.tick();
      timer = setInterval(() => void manager.tick(), options.checkEveryMs ?? 3_600_000);
      timer.unref();
    },

    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
    },

    /** Takes the daily backup if none was taken in the last 24 hours. */
    async tick(): Promise<void> {
      const latest = latestBackupAt();
      if (latest === null || now() - latest >= DAY) await backupJob('daily').done;
    },

    /** Starts a job and returns its id at once (for the method handlers). */
    startBackup: (reason = 'manual') => backupJob(reason).job.id,
    startRestore: (fileName: string) => restoreJob(fileName).job.id,
    startImport: (fileName: string) => importJob(fileName).job.id,

    /** The same jobs, awaited (for the shell, the server and tests). */
    backup: (reason = 'manual') => backupJob(reason).done,
    restore: (fileName: string) => restoreJob(fileName).done,
    importArchive: (fileName: string) => importJob(fileName).done,

    /** Copies a file chosen outside the app (an export from another machine) into the backups folder; returns its name. */
    adopt(sourcePath: string): string {
      fs.mkdirSync(folder, { recursive: true });
      const file = freeBackupPath(folder, now(), 'imported');
      fs.copyFileSync(sourcePath, file);
      return path.basename(file);
    },

    /** The absolute path of a backup, for a download or a save dialog. */
    filePath,

    /** Resolves when every queued job has finished. */
    idle: () => queue.then(() => undefined),

    list(): BackupList {
      const names = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => parseBackupName(n)) : [];
      const backups = names
        .map((fileName) => {
          const file = path.join(folder, fileName);
          const stat = fs.statSync(file);
          const key = `${stat.size}:${stat.mtimeMs}:${fs.existsSync(audioFolderOf(file))}`;
          const cached = previews.get(fileName);
          if (cached?.key === key) return cached.info;
          const info: BackupInfo = {
            fileName,
            ...parseBackupName(fileName)!,
            sizeBytes: stat.size,
            audioBytes: backupAudioBytes(file),
            ...previewBackup(file)
          };
          previews.set(fileName, { key, info });
          return info;
        })
        .sort((a, b) => b.takenAt - a.takenAt || b.fileName.localeCompare(a.fileName));
      return { backups, jobs: [...jobs.values()].sort((a, b) => b.id - a.id), folder, includeAudio: includeAudio() };
    }
  };
  managers.set(db, manager);
  return manager;
}

export type BackupManager = ReturnType<typeof createBackupManager>;
