import type { Database } from 'better-sqlite3';
import type { Turn } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import type { ConferenceService } from './conferences';
import type { DirectoryService } from './directory';
import type { RosterService } from './roster';
import type { TurnService } from './turns';
import { prepareOpaque } from '../db/opaque-bindings';

/**
 * The live turns that are neither a question nor an answer: an interpreter's
 * rendering of the turn before, and a reporter's remark that is not a question.
 * Both go through insertTurn, so they are live actions that undo and redo.
 */
export function createRecordTurnService(
  db: Database,
  conferences: ConferenceService,
  roster: RosterService,
  directory: DirectoryService,
  turns: TurnService
) {
  const lastTurn = prepareOpaque<[number], number>(
    db,
    'SELECT id FROM turns WHERE conference_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1'
  ).pluck();
  const lastInterpretation = prepareOpaque<[number], number>(
    db,
    'SELECT id FROM turns WHERE interprets_turn_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1'
  ).pluck();

  /** The turn interpreted: the one named, or the conference's last. */
  function target(conferenceId: number, interpretsTurnId: number | undefined): Turn {
    if (interpretsTurnId === undefined) {
      const last = lastTurn.get(conferenceId);
      if (last === undefined) fail('invalid_state', 'There is no turn to interpret yet.', { field: 'interpretsTurnId' });
      return turns.get(last, 'interpretsTurnId');
    }
    const turn = turns.find(interpretsTurnId);
    if (!turn) fail('not_found', `No turn with id ${interpretsTurnId}.`, { field: 'interpretsTurnId' });
    if (turn.conferenceId !== conferenceId) {
      fail('invalid_input', 'That turn belongs to another conference.', { field: 'interpretsTurnId' });
    }
    return turn;
  }

  return {
    interpret(ctx: CallContext, input: In<'turn.interpret'>): Turn {
      const status = conferences.requireStatusOf(input.conferenceId, ['live', 'ended'], 'record an interpretation', 'conferenceId');
      const speaker = roster.requireParticipantOf(input.conferenceId, input.participantId, 'participantId');
      const original = target(input.conferenceId, input.interpretsTurnId);
      if (original.speakerKind === 'note') {
        fail('invalid_input', 'A stage note is not interpreted; name a turn someone spoke.', { field: 'interpretsTurnId' });
      }
      // Straight after the turn and the interpretations it already has, unless that is the end anyway.
      const after = lastInterpretation.get(original.id) ?? original.id;
      const atEnd = after === lastTurn.get(input.conferenceId);
      const id = turns.insertTurn(ctx, {
        conferenceId: input.conferenceId,
        speakerKind: 'participant',
        participantId: speaker.id,
        outletId: null,
        reporterName: '',
        questionId: original.questionId,
        segmentId: original.segmentId,
        text: input.text,
        interpretsTurnId: original.id,
        afterTurnId: atEnd ? null : after,
        conferenceStatus: status
      });
      ctx.describe(input.conferenceId, 'turn.interpret', { speaker: speaker.name });
      return turns.get(id);
    },

    remark(ctx: CallContext, input: In<'turn.remark'>): Turn {
      const status = conferences.requireStatusOf(input.conferenceId, ['live', 'ended'], 'record a remark', 'conferenceId');
      if (input.outletId !== null) directory.getOutlet(input.outletId, 'outletId');
      const id = turns.insertTurn(ctx, {
        conferenceId: input.conferenceId,
        speakerKind: 'reporter',
        participantId: null,
        outletId: input.outletId,
        reporterName: input.reporterName,
        questionId: null,
        segmentId: null,
        text: input.text,
        conferenceStatus: status
      });
      ctx.describe(input.conferenceId, 'turn.remark', { text: input.text.slice(0, 20) });
      return turns.get(id);
    }
  };
}
