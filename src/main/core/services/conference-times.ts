import type { Database } from 'better-sqlite3';
import type { Conference, ConferenceTimeRevision } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toTimeRevision, type TimeRevisionRow } from '../db/record-rows';
import type { ConferenceService } from './conferences';
import { prepareOpaque } from '../db/opaque-bindings';

/**
 * Corrections of a conference's actual start and end after the event, kept
 * with their history the way a turn's text is (a correction makes the record
 * match what happened; an alteration changes it). The exports' time line and
 * END line read the corrected times.
 */
interface HistoryFields {
  conferenceId: number;
  field: TimeRevisionRow['field'];
  kind: TimeRevisionRow['kind'];
  before: number | null;
  after: number;
  editor: string;
  reason: string;
  now: number;
}

export function createConferenceTimeService(db: Database, conferences: ConferenceService) {
  const setTimes = prepareOpaque<{ id: number; startedAt: number | null; endedAt: number | null }, never>(
    db,
    'UPDATE conferences SET started_at = @startedAt, ended_at = @endedAt WHERE id = @id'
  );
  const insertHistory = prepareOpaque<HistoryFields, never>(
    db,
    `INSERT INTO conference_time_history (conference_id, field, kind, before_value, after_value, editor, reason, at)
     VALUES (@conferenceId, @field, @kind, @before, @after, @editor, @reason, @now)`
  );
  const historyOf = prepareOpaque<[number], TimeRevisionRow>(db, 'SELECT * FROM conference_time_history WHERE conference_id = ? ORDER BY id');

  return {
    correct(ctx: CallContext, input: In<'conference.correctTimes'>): Conference {
      const current = conferences.get(input.id);
      conferences.requireStatus(current, ['ended'], 'correct the start or end (only after the event)');
      const startedAt = input.startedAt ?? current.startedAt;
      const endedAt = input.endedAt ?? current.endedAt;
      const field = input.startedAt !== undefined ? 'startedAt' : 'endedAt';
      if (startedAt !== null && endedAt !== null && startedAt >= endedAt) {
        fail('invalid_input', 'The start must be before the end.', { field, startedAt, endedAt });
      }
      if (input.startedAt !== undefined && current.embargoUntil !== null && input.startedAt > current.embargoUntil) {
        fail('invalid_input', 'The start cannot be after the embargo ends; change the embargo first.', { field: 'startedAt' });
      }
      const now = ctx.now();
      const changes: [TimeRevisionRow['field'], number | null, number | undefined][] = [
        ['started_at', current.startedAt, input.startedAt],
        ['ended_at', current.endedAt, input.endedAt]
      ];
      let changed = false;
      for (const [column, before, after] of changes) {
        if (after === undefined || after === before) continue;
        changed = true;
        insertHistory.run({
          conferenceId: current.id,
          field: column,
          kind: input.kind,
          before,
          after,
          editor: input.editor || ctx.actor,
          reason: input.reason,
          now
        });
      }
      if (!changed) return current;
      setTimes.run({ id: current.id, startedAt, endedAt });
      ctx.emit('conference', current.id, current.id);
      return conferences.get(current.id);
    },

    history(conferenceId: number): ConferenceTimeRevision[] {
      conferences.get(conferenceId);
      return historyOf.all(conferenceId).map(toTimeRevision);
    }
  };
}
