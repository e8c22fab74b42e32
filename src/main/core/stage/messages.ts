import type { Database } from 'better-sqlite3';
import type { Conference, Language } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import { STAGE_PRESETS, isMessageShown, messageEndOf, type MessageContext, type StageMessage, type StagePresetId } from '../../../shared/stage';
import type { CallContext } from '../context';
import type { ConferenceService } from '../services/conferences';
import { prepareOpaque } from '../db/opaque-bindings';

/** What a new message's row is written from. */
interface NewMessage {
  conferenceId: number;
  preset: string | null;
  text: string;
  flash: 0 | 1;
  now: number;
  expiresAt: number | null;
  untilNextSegment: 0 | 1;
  segmentId: number | null;
}

interface MessageRow {
  id: number;
  preset: StagePresetId | null;
  text: string;
  flash: number;
  shown_at: number;
  cleared_at: number | null;
  expires_at: number | null;
  until_next_segment: number;
  segment_id: number | null;
}

/**
 * The moderator's messages to the stage. Each is kept with when it was shown
 * and taken off; at most one is not yet taken off per conference (a unique
 * index says so). Whether that one is still on the stage is derived from its
 * stamps, the clock, the conference and the live segment (messageEndOf): a
 * message given a time, or tied to its segment, and every message once the
 * conference has ended, leaves the stage without a write.
 */
export function createStageMessages(db: Database, conferences: ConferenceService) {
  const openOf = prepareOpaque<[number], MessageRow>(db, 'SELECT * FROM stage_messages WHERE conference_id = ? AND cleared_at IS NULL');
  const logOf = prepareOpaque<[number], MessageRow>(db, 'SELECT * FROM stage_messages WHERE conference_id = ? ORDER BY id');
  const clearOpen = prepareOpaque<{ conferenceId: number; at: number }, never>(
    db,
    'UPDATE stage_messages SET cleared_at = @at WHERE conference_id = @conferenceId AND cleared_at IS NULL'
  );
  const insert = prepareOpaque<NewMessage, never>(
    db,
    `INSERT INTO stage_messages (conference_id, preset, text, flash, shown_at, expires_at, until_next_segment, segment_id)
     VALUES (@conferenceId, @preset, @text, @flash, @now, @expiresAt, @untilNextSegment, @segmentId)`
  );
  const byId = prepareOpaque<[number], MessageRow>(db, 'SELECT * FROM stage_messages WHERE id = ?');
  const liveSegmentOf = prepareOpaque<[number], number>(db, "SELECT id FROM segments WHERE conference_id = ? AND status = 'live'").pluck();
  const segmentEndOf = prepareOpaque<[number], number | null>(db, 'SELECT ended_at FROM segments WHERE id = ?').pluck();

  /** A preset is shown in the conference's language as it is now, so a corrected language shows at once. */
  function toMessage(row: MessageRow, language: Language): StageMessage {
    return {
      id: row.id,
      text: row.preset ? STAGE_PRESETS[row.preset][language] : row.text,
      preset: row.preset,
      flash: row.flash === 1,
      shownAt: row.shown_at,
      clearedAt: row.cleared_at,
      expiresAt: row.expires_at,
      untilNextSegment: row.until_next_segment === 1,
      segmentId: row.segment_id
    };
  }

  function contextOf(conference: Conference, now: number, message: StageMessage | null): MessageContext {
    const liveSegmentId = liveSegmentOf.get(conference.id) ?? null;
    const segmentId = message?.segmentId ?? null;
    const segmentEnded = segmentId === null ? null : (segmentEndOf.get(segmentId) ?? null);
    // a segment's end counts only if it came after the message (going back to a segment reopens it)
    const segmentEndedAt = segmentEnded !== null && message && segmentEnded >= message.shownAt ? segmentEnded : null;
    return { now, status: conference.status, endedAt: conference.endedAt, liveSegmentId, segmentEndedAt };
  }

  /** The message not yet taken off, as stored (it may have run out). */
  function open(conferenceId: number, language: Language): StageMessage | null {
    const row = openOf.get(conferenceId);
    return row ? toMessage(row, language) : null;
  }

  return {
    /** What the stage shows now: the open message, unless its life is over. */
    current(conference: Conference, now: number): StageMessage | null {
      const message = open(conference.id, conference.language);
      return isMessageShown(message, contextOf(conference, now, message)) ? message : null;
    },

    /** Every message, each with when it left the stage (derived for one that ran out). */
    log(conference: Conference, now: number): StageMessage[] {
      return logOf.all(conference.id).map((row) => {
        const message = toMessage(row, conference.language);
        return { ...message, clearedAt: messageEndOf(message, contextOf(conference, now, message)) };
      });
    },

    set(ctx: CallContext, input: In<'stage.message.set'>): StageMessage {
      const conference = conferences.get(input.conferenceId, 'conferenceId');
      if (conference.status === 'ended') {
        fail('invalid_state', 'The conference has ended; the stage shows no more messages.', { field: 'conferenceId' });
      }
      const now = ctx.now();
      closeOpen(conference, now);
      const preset = input.preset ?? null;
      // the text as shown at the time is kept too: the log must say what the room saw
      const text = preset ? STAGE_PRESETS[preset][conference.language] : input.text!.trim();
      const id = Number(
        insert.run({
          conferenceId: input.conferenceId,
          preset,
          text,
          flash: input.flash ? 1 : 0,
          now,
          expiresAt: input.seconds === undefined ? null : now + input.seconds * 1000,
          untilNextSegment: input.untilNextSegment ? 1 : 0,
          segmentId: liveSegmentOf.get(conference.id) ?? null
        }).lastInsertRowid
      );
      ctx.emit('stage', input.conferenceId, id);
      return toMessage(byId.get(id)!, conference.language);
    },

    clear(ctx: CallContext, conferenceId: number): { cleared: number | null } {
      const conference = conferences.get(conferenceId, 'conferenceId');
      // clearing an empty stage is not an error: the key may be pressed twice
      const shown = closeOpen(conference, ctx.now());
      if (shown === null) return { cleared: null };
      ctx.emit('stage', conferenceId, shown);
      return { cleared: shown };
    }
  };

  /**
   * Takes the open message off, stamped with when it really left the stage (a
   * message that ran out left then, not now). Answers its id if it was shown.
   */
  function closeOpen(conference: Conference, now: number): number | null {
    const message = open(conference.id, conference.language);
    if (!message) return null;
    const end = messageEndOf(message, contextOf(conference, now, message));
    clearOpen.run({ conferenceId: conference.id, at: end ?? now });
    return end === null ? message.id : null;
  }
}

export type StageMessages = ReturnType<typeof createStageMessages>;
