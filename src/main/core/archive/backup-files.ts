import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/schemas-archive';

/** rostrum-YYYYMMDD-HHMMSS-<reason>[-n].db, local time: sorts by name in the order taken. */
const NAME = /^rostrum-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-(\d+))?\.db$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function backupName(at: number, reason: string, n = 0): string {
  const d = new Date(at);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `rostrum-${stamp}-${reason}${n > 0 ? `-${n}` : ''}.db`;
}

export function parseBackupName(fileName: string): { takenAt: number; reason: string } | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return { takenAt: new Date(y, mo - 1, d, h, mi, s).getTime(), reason: m[7]! };
}

/** A name not yet taken in the folder. */
export function freeBackupPath(folder: string, at: number, reason: string): string {
  for (let n = 0; ; n++) {
    const file = path.join(folder, backupName(at, reason, n));
    if (!fs.existsSync(file)) return file;
  }
}

/**
 * The retention rule: keep every backup of the last 7 days; then the newest of
 * each day up to 30 days; then the newest of each month up to a year; nothing
 * older. Backups the user made by hand are never deleted by the rule.
 */
export const RETENTION = { allDays: 7, dailyDays: 30, monthlyDays: 365, keepReasons: ['manual'] } as const;

const DAY = 86_400_000;

/** The backups the rule lets go, given their names and the time now. */
export function expiredBackups(fileNames: string[], now: number): string[] {
  const parsed = fileNames
    .map((fileName) => ({ fileName, info: parseBackupName(fileName) }))
    .filter((b): b is { fileName: string; info: { takenAt: number; reason: string } } => b.info !== null)
    .sort((a, b) => b.info.takenAt - a.info.takenAt);
  const keptDays = new Set<string>();
  const keptMonths = new Set<string>();
  const expired: string[] = [];
  for (const { fileName, info } of parsed) {
    const age = now - info.takenAt;
    const d = new Date(info.takenAt);
    const dayKey = `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
    const monthKey = `${d.getFullYear()}-${d.getMonth()}`;
    let keep = (RETENTION.keepReasons as readonly string[]).includes(info.reason) || age < RETENTION.allDays * DAY;
    if (!keep && age < RETENTION.dailyDays * DAY && !keptDays.has(dayKey)) keep = true;
    if (!keep && age < RETENTION.monthlyDays * DAY && !keptMonths.has(monthKey)) keep = true;
    if (keep) {
      keptDays.add(dayKey);
      keptMonths.add(monthKey);
    } else {
      expired.push(fileName);
    }
  }
  return expired;
}

/** What a backup holds, read from the file itself, read-only. */
export function previewBackup(file: string): Pick<BackupInfo, 'schemaVersion' | 'conferences' | 'latest' | 'error'> {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const conferences = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM conferences').get()!.n;
    const latest = db
      .prepare<[], { title: string; date: number }>(
        `SELECT title, COALESCE(started_at, scheduled_start, created_at) AS date FROM conferences
         ORDER BY COALESCE(started_at, scheduled_start, created_at) DESC LIMIT 1`
      )
      .get();
    return { schemaVersion, conferences, latest: latest ?? null, error: null };
  } catch (error) {
    return { schemaVersion: null, conferences: null, latest: null, error: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}
