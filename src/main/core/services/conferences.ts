import type { Database } from 'better-sqlite3';
import type { Conference, ConferenceSummary, SegmentKind } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toConference, type ConferenceRow } from '../db/rows';
import { AGENDA } from './agenda-templates';
import { stripUndefined } from './directory';
import { prepareOpaque } from '../db/opaque-bindings';

/** What conference.create and conference.update write: the details, the header's fields by name, the time. */
type ConferenceFields = Pick<
  Conference,
  'title' | 'topic' | 'organiser' | 'venue' | 'scheduledStart' | 'plannedSeconds' | 'language' | 'timeZone' | 'groundRules' | 'embargoUntil'
> &
  Pick<Conference['header'], 'source' | 'author' | 'publishedAt' | 'credits' | 'lead' | 'editingStandard'> & { now: number };

/** A row of conference.list. */
type SummaryRow = Pick<ConferenceRow, 'id' | 'title' | 'status' | 'scheduled_start' | 'started_at' | 'ended_at' | 'planned_seconds' | 'language'> & {
  question_count: number;
  turn_count: number;
  spokespeople: string | null;
};

/** Conferences: their details and transcript header, and the revision every write bumps. */
export function createConferenceService(db: Database) {
  const byId = prepareOpaque<[number], ConferenceRow>(db, 'SELECT * FROM conferences WHERE id = ?');
  const statusById = prepareOpaque<[number], Conference['status']>(db, 'SELECT status FROM conferences WHERE id = ?').pluck();
  const extendedOf = prepareOpaque<[number], { s: number }>(
    db,
    'SELECT COALESCE(SUM(seconds), 0) AS s FROM extensions WHERE conference_id = ? AND segment_id IS NULL'
  );
  const insert = prepareOpaque<ConferenceFields, never>(
    db,
    `INSERT INTO conferences (title, topic, organiser, venue, scheduled_start, planned_seconds, language,
       header_source, header_author, header_published_at, header_credits, header_lead, editing_standard,
       time_zone, ground_rules, embargo_until, created_at, updated_at)
     VALUES (@title, @topic, @organiser, @venue, @scheduledStart, @plannedSeconds, @language,
       @source, @author, @publishedAt, @credits, @lead, @editingStandard,
       @timeZone, @groundRules, @embargoUntil, @now, @now)`
  );
  const update = prepareOpaque<ConferenceFields & { id: number }, never>(
    db,
    `UPDATE conferences SET title = @title, topic = @topic, organiser = @organiser, venue = @venue,
       scheduled_start = @scheduledStart, planned_seconds = @plannedSeconds, language = @language,
       header_source = @source, header_author = @author, header_published_at = @publishedAt,
       header_credits = @credits, header_lead = @lead, editing_standard = @editingStandard,
       time_zone = @timeZone, ground_rules = @groundRules, embargo_until = @embargoUntil, updated_at = @now
     WHERE id = @id`
  );
  const insertSegment = prepareOpaque<{ conferenceId: number; position: number; kind: SegmentKind; title: string; plannedSeconds: number }, never>(
    db,
    `INSERT INTO segments (conference_id, position, kind, title, planned_seconds)
     VALUES (@conferenceId, @position, @kind, @title, @plannedSeconds)`
  );
  const remove = prepareOpaque<[number], never>(db, 'DELETE FROM conferences WHERE id = ?');
  const list = prepareOpaque<{ status: Conference['status'] | null }, SummaryRow>(
    db,
    `SELECT c.id, c.title, c.status, c.scheduled_start, c.started_at, c.ended_at, c.planned_seconds, c.language,
       (SELECT COUNT(*) FROM questions q WHERE q.conference_id = c.id) AS question_count,
       (SELECT COUNT(*) FROM turns t WHERE t.conference_id = c.id AND t.deleted_at IS NULL) AS turn_count,
       (SELECT GROUP_CONCAT(name, char(31)) FROM (SELECT pe.name FROM participants p JOIN people pe ON pe.id = p.person_id
          WHERE p.conference_id = c.id AND p.role = 'spokesperson' ORDER BY p.position)) AS spokespeople
     FROM conferences c
     WHERE @status IS NULL OR c.status = @status
     ORDER BY COALESCE(c.started_at, c.scheduled_start, c.created_at) DESC, c.id DESC`
  );
  // one statement, not a read and a write: it runs in every write's transaction
  const nextRevision = prepareOpaque<[], string>(
    db,
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision' RETURNING value"
  ).pluck();
  const stampConference = prepareOpaque<{ revision: number; now: number; id: number }, never>(
    db,
    'UPDATE conferences SET revision = @revision, updated_at = @now WHERE id = @id'
  );

  /** Names the input field that chose the conference and the state it is in, so the caller can tell what to fix. */
  function refuseUnless(status: Conference['status'], allowed: Conference['status'][], action: string, field: string): void {
    if (!allowed.includes(status)) fail('invalid_state', `Cannot ${action}: the conference is ${status}.`, { field, status, allowed });
  }

  /** The check of `requireStatusOf`, for a caller that read the status (undefined: no such conference) itself. */
  function checkStatus(
    id: number,
    status: Conference['status'] | undefined,
    allowed: Conference['status'][],
    action: string,
    field = 'id'
  ): Conference['status'] {
    if (!status) fail('not_found', `No conference with id ${id}.`, { field });
    refuseUnless(status, allowed, action, field);
    return status;
  }

  /** An embargo before the conference begins (as scheduled, or as it actually did) would embargo nothing. */
  function checkEmbargo(c: Pick<Conference, 'embargoUntil' | 'scheduledStart' | 'startedAt'>): void {
    if (c.embargoUntil === null) return;
    const start = c.startedAt ?? c.scheduledStart;
    if (start !== null && c.embargoUntil < start) {
      fail('invalid_input', 'The embargo must end after the conference starts.', { field: 'embargoUntil', start });
    }
  }

  function get(id: number, field = 'id'): Conference {
    const row = byId.get(id);
    if (!row) fail('not_found', `No conference with id ${id}.`, { field });
    return toConference(row, extendedOf.get(id)!.s);
  }

  return {
    get,
    checkEmbargo,

    list(input: In<'conference.list'>): ConferenceSummary[] {
      return list.all({ status: input.status ?? null }).map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        scheduledStart: r.scheduled_start,
        startedAt: r.started_at,
        endedAt: r.ended_at,
        plannedSeconds: r.planned_seconds,
        language: r.language,
        spokespeople: r.spokespeople ? r.spokespeople.split('\u001f') : [],
        questionCount: r.question_count,
        turnCount: r.turn_count
      }));
    },

    create(ctx: CallContext, input: In<'conference.create'>): Conference {
      const header = { source: '', author: '', publishedAt: '', credits: '', lead: '', editingStandard: 'edited' as const, ...input.header };
      checkEmbargo({ ...input, startedAt: null });
      const id = Number(insert.run({ ...input, ...header, now: ctx.now() }).lastInsertRowid);
      AGENDA[input.template].forEach((segment, position) =>
        insertSegment.run({
          conferenceId: id,
          position,
          kind: segment.kind,
          title: segment.title[input.language],
          plannedSeconds: segment.plannedSeconds
        })
      );
      ctx.emit('conferences', id, id);
      return get(id);
    },

    update(ctx: CallContext, input: In<'conference.update'>): Conference {
      const current = get(input.id);
      const { header, ...rest } = stripUndefined(input);
      const merged = { ...current, ...rest, ...current.header, ...stripUndefined(header ?? {}) };
      checkEmbargo(merged);
      ctx.touch('conferences', input.id, input.id);
      update.run({ ...merged, id: input.id, now: ctx.now() });
      ctx.emit('conferences', input.id, input.id);
      return get(input.id);
    },

    delete(ctx: CallContext, id: number): { id: number } {
      const conference = get(id);
      if (conference.status === 'live') {
        fail('invalid_state', 'A live conference cannot be deleted; end it first.', { field: 'id' });
      }
      remove.run(id);
      ctx.emit('conferences', id, id);
      return { id };
    },

    /** Bumps the database revision and stamps it on every conference the call touched. */
    bumpRevision(ctx: CallContext): number {
      const revision = Number(nextRevision.get());
      const touched = new Set(ctx.events.map((e) => e.conferenceId).filter((id): id is number => id !== null));
      for (const id of touched) stampConference.run({ id, revision, now: ctx.now() });
      return revision;
    },

    /**
     * The conference's status, refused unless it is one of `allowed`. Reads only the
     * status: the live actions check it on every call and need nothing else.
     */
    requireStatusOf(id: number, allowed: Conference['status'][], action: string, field = 'id'): Conference['status'] {
      return checkStatus(id, statusById.get(id), allowed, action, field);
    },

    checkStatus,

    /** Throws unless the conference is in one of the given states. */
    requireStatus(conference: Conference, allowed: Conference['status'][], action: string, field = 'conferenceId'): void {
      refuseUnless(conference.status, allowed, action, field);
    }
  };
}

export type ConferenceService = ReturnType<typeof createConferenceService>;
