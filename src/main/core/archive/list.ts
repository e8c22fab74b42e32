import type { Database, Statement } from 'better-sqlite3';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { ArchiveItem, ArchivePage } from '../../../shared/schemas-archive';
import { likeAnywhere } from './search-text';
import { dateOf } from './search';
import { prepareOpaque } from '../db/opaque-bindings';

interface ItemRow {
  id: number;
  uid: string;
  title: string;
  status: ArchiveItem['status'];
  language: ArchiveItem['language'];
  date: number;
  started_at: number | null;
  ended_at: number | null;
  planned_seconds: number;
  extended_seconds: number;
  spokespeople: string | null;
  question_count: number;
  turn_count: number;
  audio_bytes: number;
}

/** The filters of archive.list, bound by name (a statement uses those its WHERE names). */
type ListFilters = Pick<In<'archive.list'>, 'from' | 'to' | 'status' | 'query' | 'personId' | 'outletId'>;

/** Titles sort as a Chinese reader expects (pinyin), Latin titles alphabetically among them. */
const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true, sensitivity: 'base' });

/** A question counts once it was put to the spokespeople, or left for a written reply. */
export const ASKED = "(q.asked_at IS NOT NULL OR q.status = 'written_reply')";

/**
 * The archive list: every conference with what a press office looks for first.
 * A few thousand conferences at most, so all rows that pass the filters are read
 * and sorted here (titles by a collator SQLite lacks), then paged.
 */
export function createArchiveList(db: Database) {
  const cache = new Map<string, Statement<[ListFilters], ItemRow>>();

  function statement(input: In<'archive.list'>): Statement<[ListFilters], ItemRow> {
    const terms: string[] = [];
    if (input.from !== null) terms.push(`${dateOf('c')} >= @from`);
    if (input.to !== null) terms.push(`${dateOf('c')} < @to`);
    if (input.status !== null) terms.push('c.status = @status');
    if (input.query.trim()) terms.push(`c.title LIKE @query ESCAPE '\\'`);
    if (input.personId !== null) terms.push('EXISTS (SELECT 1 FROM participants p WHERE p.conference_id = c.id AND p.person_id = @personId)');
    if (input.outletId !== null) {
      terms.push(
        `(EXISTS (SELECT 1 FROM questions q WHERE q.conference_id = c.id AND q.outlet_id = @outletId)
          OR EXISTS (SELECT 1 FROM turns t WHERE t.conference_id = c.id AND t.outlet_id = @outletId AND t.deleted_at IS NULL))`
      );
    }
    const key = terms.join(' AND ');
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = prepareOpaque<ListFilters, ItemRow>(
        db,
        `SELECT c.id, c.uid, c.title, c.status, c.language, ${dateOf('c')} AS date, c.started_at, c.ended_at, c.planned_seconds,
           (SELECT COALESCE(SUM(e.seconds), 0) FROM extensions e WHERE e.conference_id = c.id AND e.segment_id IS NULL) AS extended_seconds,
           (SELECT COUNT(*) FROM questions q WHERE q.conference_id = c.id AND ${ASKED}) AS question_count,
           (SELECT COUNT(*) FROM turns t WHERE t.conference_id = c.id AND t.deleted_at IS NULL) AS turn_count,
           (SELECT COALESCE(SUM(a.bytes), 0) FROM audio_segments a WHERE a.conference_id = c.id) AS audio_bytes,
           (SELECT GROUP_CONCAT(name, char(31)) FROM (SELECT pe.name FROM participants p JOIN people pe ON pe.id = p.person_id
              WHERE p.conference_id = c.id AND p.role = 'spokesperson' ORDER BY p.position)) AS spokespeople
         FROM conferences c ${key ? `WHERE ${key}` : ''}`
      );
      cache.set(key, stmt);
    }
    return stmt;
  }

  function toItem(r: ItemRow, at: number): ArchiveItem {
    const end = r.ended_at ?? (r.status === 'live' ? at : null);
    return {
      id: r.id,
      uid: r.uid,
      title: r.title,
      status: r.status,
      language: r.language,
      date: r.date,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      plannedSeconds: r.planned_seconds,
      extendedSeconds: r.extended_seconds,
      durationSeconds: r.started_at !== null && end !== null ? Math.max(0, Math.round((end - r.started_at) / 1000)) : null,
      spokespeople: r.spokespeople ? r.spokespeople.split('\u001f') : [],
      questionCount: r.question_count,
      turnCount: r.turn_count,
      audioBytes: r.audio_bytes
    };
  }

  const compare: Record<In<'archive.list'>['sort'], (a: ArchiveItem, b: ArchiveItem) => number> = {
    date: (a, b) => a.date - b.date,
    title: (a, b) => collator.compare(a.title, b.title),
    questions: (a, b) => a.questionCount - b.questionCount,
    // a conference that never ran sorts below the shortest that did
    duration: (a, b) => (a.durationSeconds ?? -1) - (b.durationSeconds ?? -1)
  };

  return {
    /** `at` is the time now, for the duration of a conference still live. */
    list(input: In<'archive.list'>, at: number): ArchivePage {
      const rows = statement(input).all({
        from: input.from,
        to: input.to,
        status: input.status,
        query: likeAnywhere(input.query.trim()),
        personId: input.personId,
        outletId: input.outletId
      });
      const sign = input.direction === 'asc' ? 1 : -1;
      const items = rows
        .map((r) => toItem(r, at))
        .sort((a, b) => sign * compare[input.sort](a, b) || sign * (a.date - b.date) || sign * (a.id - b.id));
      return { items: items.slice(input.offset, input.offset + input.limit), total: items.length };
    }
  };
}
