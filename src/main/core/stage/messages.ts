import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/domain';
import type { MethodParsedInput as In } from '../../../shared/methods';
import { STAGE_PRESETS, type StageMessage, type StagePresetId } from '../../../shared/stage';
import type { CallContext } from '../context';
import type { ConferenceService } from '../services/conferences';
import { prepareOpaque } from '../db/opaque-bindings';

interface MessageRow {
  id: number;
  preset: StagePresetId | null;
  text: string;
  flash: number;
  shown_at: number;
  cleared_at: number | null;
}

/**
 * The moderator's messages to the stage. Each is kept with when it was shown
 * and taken off; at most one is on screen per conference (a unique index says so).
 */
export function createStageMessages(db: Database, conferences: ConferenceService) {
  const shownOf = prepareOpaque(db, 'SELECT * FROM stage_messages WHERE conference_id = ? AND cleared_at IS NULL');
  const logOf = prepareOpaque(db, 'SELECT * FROM stage_messages WHERE conference_id = ? ORDER BY id');
  const clearShown = prepareOpaque(db,
    'UPDATE stage_messages SET cleared_at = @now WHERE conference_id = @conferenceId AND cleared_at IS NULL'
  );
  const insert = prepareOpaque(db,
    `INSERT INTO stage_messages (conference_id, preset, text, flash, shown_at)
     VALUES (@conferenceId, @preset, @text, @flash, @now)`
  );
  const byId = prepareOpaque(db, 'SELECT * FROM stage_messages WHERE id = ?');

  /** A preset is shown in the conference's language as it is now, so a corrected language shows at once. */
  function toMessage(row: MessageRow, language: Language): StageMessage {
    return {
      id: row.id,
      text: row.preset ? STAGE_PRESETS[row.preset][language] : row.text,
      preset: row.preset,
      flash: row.flash === 1,
      shownAt: row.shown_at,
      clearedAt: row.cleared_at
    };
  }

  return {
    current(conferenceId: number, language: Language): StageMessage | null {
      const row = shownOf.get(conferenceId) as MessageRow | undefined;
      return row ? toMessage(row, language) : null;
    },

    log(conferenceId: number, language: Language): StageMessage[] {
      return (logOf.all(conferenceId) as MessageRow[]).map((row) => toMessage(row, language));
    },

    set(ctx: CallContext, input: In<'stage.message.set'>): StageMessage {
      const conference = conferences.get(input.conferenceId, 'conferenceId');
      const now = ctx.now();
      clearShown.run({ conferenceId: input.conferenceId, now });
      const preset = input.preset ?? null;
      // the text as shown at the time is kept too: the log must say what the room saw
      const text = preset ? STAGE_PRESETS[preset][conference.language] : input.text!.trim();
      const id = Number(
        insert.run({ conferenceId: input.conferenceId, preset, text, flash: input.flash ? 1 : 0, now }).lastInsertRowid
      );
      ctx.emit('stage', input.conferenceId, id);
      return toMessage(byId.get(id) as MessageRow, conference.language);
    },

    clear(ctx: CallContext, conferenceId: number): { cleared: number | null } {
      conferences.get(conferenceId, 'conferenceId');
      const shown = shownOf.get(conferenceId) as MessageRow | undefined;
      // clearing an empty stage is not an error: the key may be pressed twice
      if (!shown) return { cleared: null };
      clearShown.run({ conferenceId, now: ctx.now() });
      ctx.emit('stage', conferenceId, shown.id);
      return { cleared: shown.id };
    }
  };
}

export type StageMessages = ReturnType<typeof createStageMessages>;
