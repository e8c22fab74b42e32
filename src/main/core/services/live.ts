import type { Database } from 'better-sqlite3';
import type { Conference, Segment } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import type { ConferenceService } from './conferences';
import type { RosterService } from './roster';
import { prepareOpaque } from '../db/opaque-bindings';

/**
 * The live run: start, advance, go back, skip, extend, end. Every transition is
 * stamped with the wall clock; timers are derived from these stamps, never counted.
 */
export function createLiveService(db: Database, conferences: ConferenceService, roster: RosterService) {
  const setConferenceLive = prepareOpaque<{ id: number; now: number }, never>(
    db,
    "UPDATE conferences SET status = 'live', started_at = @now WHERE id = @id"
  );
  const setConferenceEnded = prepareOpaque<{ id: number; now: number }, never>(
    db,
    "UPDATE conferences SET status = 'ended', ended_at = @now WHERE id = @id"
  );
  const liveSegment = prepareOpaque<[number], { id: number }>(db, "SELECT id FROM segments WHERE conference_id = ? AND status = 'live'");
  const nextPending = prepareOpaque<[number], { id: number }>(
    db,
    "SELECT id FROM segments WHERE conference_id = ? AND status = 'pending' ORDER BY position, id LIMIT 1"
  );
  const startSegment = prepareOpaque<{ id: number; now: number }, never>(
    db,
    `UPDATE segments SET status = 'live', started_at = @now, ended_at = NULL,
       elapsed_before_ms = elapsed_before_ms + CASE WHEN started_at IS NOT NULL AND ended_at IS NOT NULL
         THEN ended_at - started_at ELSE 0 END
     WHERE id = @id`
  );
  const finishSegment = prepareOpaque<{ id: number; status: 'done' | 'skipped'; now: number }, never>(
    db,
    'UPDATE segments SET status = @status, ended_at = @now WHERE id = @id'
  );
  const skipSegment = prepareOpaque<[number], never>(db, "UPDATE segments SET status = 'skipped' WHERE id = ?");
  const waitingQuestions = prepareOpaque<[number], { id: number }>(
    db,
    // written as OR so the partial index questions_open (migration 006) serves it
    "SELECT id FROM questions WHERE conference_id = ? AND (status = 'waiting' OR status = 'live')"
  );
  const closeQuestion = prepareOpaque<{ id: number; now: number }, never>(
    db,
    `UPDATE questions SET status = CASE status WHEN 'live' THEN 'answered' ELSE 'not_reached' END, closed_at = @now
     WHERE id = @id`
  );
  const insertExtension = prepareOpaque<{ conferenceId: number; segmentId: number | null; seconds: number; now: number }, never>(
    db,
    'INSERT INTO extensions (conference_id, segment_id, seconds, at) VALUES (@conferenceId, @segmentId, @seconds, @now)'
  );
  const extendSegment = prepareOpaque<{ id: number; seconds: number }, never>(
    db,
    'UPDATE segments SET extended_seconds = extended_seconds + @seconds WHERE id = @id'
  );

  function liveConference(conferenceId: number, action: string): void {
    conferences.requireStatusOf(conferenceId, ['live'], action, 'conferenceId');
  }

  function endLiveSegment(ctx: CallContext, conferenceId: number, status: 'done' | 'skipped' = 'done'): void {
    const live = liveSegment.get(conferenceId);
    if (!live) return;
    ctx.touch('segments', live.id, conferenceId);
    finishSegment.run({ id: live.id, status, now: ctx.now() });
  }

  function begin(ctx: CallContext, conferenceId: number, segmentId: number): Segment {
    ctx.touch('segments', segmentId, conferenceId);
    startSegment.run({ id: segmentId, now: ctx.now() });
    return roster.getSegment(segmentId);
  }

  return {
    start(ctx: CallContext, conferenceId: number): Conference {
      const conference = conferences.get(conferenceId, 'conferenceId');
      conferences.requireStatus(conference, ['draft'], 'start the conference');
      ctx.touch('conferences', conferenceId, conferenceId);
      setConferenceLive.run({ id: conferenceId, now: ctx.now() });
      const first = nextPending.get(conferenceId);
      if (first) begin(ctx, conferenceId, first.id);
      ctx.describe(conferenceId, 'live.start', { title: conference.title });
      return conferences.get(conferenceId);
    },

    advance(ctx: CallContext, conferenceId: number): Segment | null {
      liveConference(conferenceId, 'advance the agenda');
      const next = nextPending.get(conferenceId);
      const live = liveSegment.get(conferenceId);
      if (!next && !live) fail('invalid_state', 'There is no segment left to advance to.', { field: 'conferenceId' });
      endLiveSegment(ctx, conferenceId);
      const segment = next ? begin(ctx, conferenceId, next.id) : null;
      ctx.describe(conferenceId, 'live.advance', { segment: segment?.title ?? '' });
      return segment;
    },

    goTo(ctx: CallContext, segmentId: number): Segment {
      const target = roster.getSegment(segmentId);
      liveConference(target.conferenceId, 'go to a segment');
      if (target.status === 'live') fail('invalid_state', 'That segment is already live.', { field: 'id' });
      endLiveSegment(ctx, target.conferenceId);
      const segment = begin(ctx, target.conferenceId, segmentId);
      ctx.describe(target.conferenceId, 'live.goTo', { segment: segment.title });
      return segment;
    },

    skip(ctx: CallContext, segmentId: number): Segment {
      const target = roster.getSegment(segmentId);
      const conference = conferences.get(target.conferenceId);
      conferences.requireStatus(conference, ['draft', 'live'], 'skip a segment', 'id');
      if (target.status === 'done' || target.status === 'skipped') {
        fail('invalid_state', `That segment is already ${target.status}.`, { field: 'id' });
      }
      if (target.status === 'live') {
        endLiveSegment(ctx, target.conferenceId, 'skipped');
        const next = nextPending.get(target.conferenceId);
        if (next) begin(ctx, target.conferenceId, next.id);
      } else {
        ctx.touch('segments', segmentId, target.conferenceId);
        skipSegment.run(segmentId);
      }
      ctx.describe(target.conferenceId, 'live.skip', { segment: target.title });
      return roster.getSegment(segmentId);
    },

    extend(ctx: CallContext, input: In<'live.extend'>): Conference {
      const conference = conferences.get(input.conferenceId, 'conferenceId');
      conferences.requireStatus(conference, ['draft', 'live'], 'extend the planned time');
      if (input.segmentId !== null) {
        const segment = roster.getSegment(input.segmentId, 'segmentId');
        if (segment.conferenceId !== input.conferenceId) {
          fail('invalid_input', 'That segment belongs to another conference.', { field: 'segmentId' });
        }
        ctx.touch('segments', segment.id, input.conferenceId);
        extendSegment.run({ id: segment.id, seconds: input.seconds });
      }
      const id = Number(insertExtension.run({ ...input, now: ctx.now() }).lastInsertRowid);
      ctx.created('extensions', id, input.conferenceId);
      ctx.touch('conferences', input.conferenceId, input.conferenceId);
      ctx.describe(input.conferenceId, 'live.extend', { minutes: String(Math.round(input.seconds / 60)) });
      return conferences.get(input.conferenceId);
    },

    end(ctx: CallContext, conferenceId: number): Conference {
      liveConference(conferenceId, 'end the conference');
      endLiveSegment(ctx, conferenceId);
      for (const { id } of waitingQuestions.all(conferenceId)) {
        ctx.touch('questions', id, conferenceId);
        closeQuestion.run({ id, now: ctx.now() });
      }
      ctx.touch('conferences', conferenceId, conferenceId);
      setConferenceEnded.run({ id: conferenceId, now: ctx.now() });
      ctx.describe(conferenceId, 'live.end');
      return conferences.get(conferenceId);
    }
  };
}
