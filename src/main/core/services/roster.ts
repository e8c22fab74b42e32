import type { Database } from 'better-sqlite3';
import type { Participant, Segment } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toParticipant, toSegment, type ParticipantRow, type SegmentRow } from '../db/rows';
import type { ConferenceService } from './conferences';
import type { DirectoryService } from './directory';
import { stripUndefined } from './directory';
import { prepareOpaque } from '../db/opaque-bindings';

/** Moves the item at `from` to `to` and returns the new order. */
export function moved<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(Math.min(to, copy.length), 0, item!);
  return copy;
}

/** What segment.add and segment.update write. */
type SegmentFields = Pick<Segment, 'kind' | 'title' | 'speakerId' | 'plannedSeconds' | 'preparedText'>;

/** The roster (participants in roles) and the agenda (segments) of a conference. */
export function createRosterService(db: Database, conferences: ConferenceService, directory: DirectoryService) {
  const participantSelect = `SELECT p.*, pe.name, pe.honorific, pe.organisation
    FROM participants p JOIN people pe ON pe.id = p.person_id`;
  const participantById = prepareOpaque<[number], ParticipantRow>(db, `${participantSelect} WHERE p.id = ?`);
  const participantsOf = prepareOpaque<[number], ParticipantRow>(db, `${participantSelect} WHERE p.conference_id = ? ORDER BY p.position, p.id`);
  const participantByPerson = prepareOpaque<[number, number], { id: number }>(
    db,
    'SELECT id FROM participants WHERE conference_id = ? AND person_id = ?'
  );
  const participantInsert = prepareOpaque<Pick<Participant, 'conferenceId' | 'personId' | 'role' | 'title' | 'label'>, never>(
    db,
    `INSERT INTO participants (conference_id, person_id, role, position, title, label)
     VALUES (@conferenceId, @personId, @role, (SELECT COALESCE(MAX(position) + 1, 0) FROM participants WHERE conference_id = @conferenceId), @title, @label)`
  );
  const participantUpdate = prepareOpaque<Pick<Participant, 'id' | 'role' | 'title' | 'label'>, never>(
    db,
    'UPDATE participants SET role = @role, title = @title, label = @label WHERE id = @id'
  );
  const participantDelete = prepareOpaque<[number], never>(db, 'DELETE FROM participants WHERE id = ?');
  const participantPosition = prepareOpaque<[position: number, id: number], never>(db, 'UPDATE participants SET position = ? WHERE id = ?');
  const participantInUse = prepareOpaque<{ id: number }, { n: number }>(
    db,
    `SELECT (SELECT COUNT(*) FROM turns WHERE participant_id = @id) + (SELECT COUNT(*) FROM questions WHERE addressed_to_id = @id)
       + (SELECT COUNT(*) FROM written_replies WHERE participant_id = @id) AS n`
  );

  const segmentById = prepareOpaque<[number], SegmentRow>(db, 'SELECT * FROM segments WHERE id = ?');
  const segmentsOf = prepareOpaque<[number], SegmentRow>(db, 'SELECT * FROM segments WHERE conference_id = ? ORDER BY position, id');
  const segmentInsert = prepareOpaque<SegmentFields & Pick<Segment, 'conferenceId'>, never>(
    db,
    `INSERT INTO segments (conference_id, position, kind, title, speaker_id, planned_seconds, prepared_text)
     VALUES (@conferenceId, (SELECT COALESCE(MAX(position) + 1, 0) FROM segments WHERE conference_id = @conferenceId),
       @kind, @title, @speakerId, @plannedSeconds, @preparedText)`
  );
  const segmentUpdate = prepareOpaque<SegmentFields & Pick<Segment, 'id'>, never>(
    db,
    `UPDATE segments SET kind = @kind, title = @title, speaker_id = @speakerId, planned_seconds = @plannedSeconds,
       prepared_text = @preparedText WHERE id = @id`
  );
  const segmentDelete = prepareOpaque<[number], never>(db, 'DELETE FROM segments WHERE id = ?');
  // Its extensions go with it: left behind (segment_id SET NULL) they would count as the conference's own.
  const segmentExtensionsDelete = prepareOpaque<[number], never>(db, 'DELETE FROM extensions WHERE segment_id = ?');
  const segmentPosition = prepareOpaque<[position: number, id: number], never>(db, 'UPDATE segments SET position = ? WHERE id = ?');

  function getParticipant(id: number, field = 'id'): Participant {
    const row = participantById.get(id);
    if (!row) fail('not_found', `No participant with id ${id}.`, { field });
    return toParticipant(row);
  }

  function listParticipants(conferenceId: number): Participant[] {
    return participantsOf.all(conferenceId).map(toParticipant);
  }

  function getSegment(id: number, field = 'id'): Segment {
    const row = segmentById.get(id);
    if (!row) fail('not_found', `No segment with id ${id}.`, { field });
    return toSegment(row);
  }

  function listSegments(conferenceId: number): Segment[] {
    return segmentsOf.all(conferenceId).map(toSegment);
  }

  /** A participant id given in input must belong to the same conference; answers the participant. */
  function requireParticipantOf(conferenceId: number, id: number, field: string): Participant;
  function requireParticipantOf(conferenceId: number, id: number | null, field: string): Participant | null;
  function requireParticipantOf(conferenceId: number, id: number | null, field: string): Participant | null {
    if (id === null) return null;
    const participant = getParticipant(id, field);
    if (participant.conferenceId !== conferenceId) {
      fail('invalid_input', `Participant ${id} is not on this conference's roster.`, { field });
    }
    return participant;
  }

  function defaultLabel(conferenceId: number, role: Participant['role'], name: string): string {
    const { language } = conferences.get(conferenceId);
    if (role === 'host') return language === 'zh' ? '主持人' : name.toUpperCase();
    // the record prints an interpreter under the role, as published transcripts do
    if (role === 'interpreter') return language === 'zh' ? '翻译' : 'INTERPRETER';
    return language === 'zh' ? name : name.toUpperCase();
  }

  return {
    getParticipant,
    listParticipants,
    getSegment,
    listSegments,
    requireParticipantOf,

    addParticipant(ctx: CallContext, input: In<'participant.add'>): Participant {
      conferences.get(input.conferenceId, 'conferenceId');
      const person = directory.getPerson(input.personId);
      if (participantByPerson.get(input.conferenceId, input.personId)) {
        fail('conflict', `${person.name} is already on the roster.`, { field: 'personId' });
      }
      const id = Number(
        participantInsert.run({
          conferenceId: input.conferenceId,
          personId: input.personId,
          role: input.role,
          title: input.title ?? person.position,
          label: input.label || defaultLabel(input.conferenceId, input.role, person.name)
        }).lastInsertRowid
      );
      ctx.emit('conference', input.conferenceId, id);
      return getParticipant(id);
    },

    updateParticipant(ctx: CallContext, input: In<'participant.update'>): Participant {
      const current = getParticipant(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      if (!merged.label.trim()) merged.label = defaultLabel(current.conferenceId, merged.role, current.name);
      participantUpdate.run({ id: input.id, role: merged.role, title: merged.title, label: merged.label });
      ctx.emit('conference', current.conferenceId, input.id);
      return getParticipant(input.id);
    },

    removeParticipant(ctx: CallContext, id: number): { id: number } {
      const participant = getParticipant(id);
      if (participantInUse.get({ id })!.n > 0) {
        fail('invalid_state', `${participant.name} has spoken or been asked a question (or replied in writing) and stays on the record.`, {
          field: 'id'
        });
      }
      participantDelete.run(id);
      ctx.emit('conference', participant.conferenceId, id);
      return { id };
    },

    moveParticipant(ctx: CallContext, input: In<'participant.move'>): Participant[] {
      const current = getParticipant(input.id);
      const list = listParticipants(current.conferenceId);
      const from = list.findIndex((p) => p.id === input.id);
      moved(list, from, input.toIndex).forEach((p, position) => participantPosition.run(position, p.id));
      ctx.emit('conference', current.conferenceId, input.id);
      return listParticipants(current.conferenceId);
    },

    addSegment(ctx: CallContext, input: In<'segment.add'>): Segment {
      const conference = conferences.get(input.conferenceId, 'conferenceId');
      conferences.requireStatus(conference, ['draft', 'live'], 'add a segment');
      requireParticipantOf(input.conferenceId, input.speakerId, 'speakerId');
      const id = Number(segmentInsert.run(input).lastInsertRowid);
      ctx.emit('conference', input.conferenceId, id);
      return getSegment(id);
    },

    updateSegment(ctx: CallContext, input: In<'segment.update'>): Segment {
      const current = getSegment(input.id);
      const merged = { ...current, ...stripUndefined(input) };
      requireParticipantOf(current.conferenceId, merged.speakerId, 'speakerId');
      segmentUpdate.run(merged);
      ctx.emit('conference', current.conferenceId, input.id);
      return getSegment(input.id);
    },

    removeSegment(ctx: CallContext, id: number): { id: number } {
      const segment = getSegment(id);
      if (segment.status !== 'pending') {
        fail('invalid_state', 'Only a segment that has not started can be removed; skip it instead.', { field: 'id' });
      }
      segmentExtensionsDelete.run(id);
      segmentDelete.run(id);
      listSegments(segment.conferenceId).forEach((s, position) => segmentPosition.run(position, s.id));
      ctx.emit('conference', segment.conferenceId, id);
      return { id };
    },

    moveSegment(ctx: CallContext, input: In<'segment.move'>): Segment[] {
      const segment = getSegment(input.id);
      const list = listSegments(segment.conferenceId);
      const from = list.findIndex((s) => s.id === input.id);
      moved(list, from, input.toIndex).forEach((s, position) => segmentPosition.run(position, s.id));
      ctx.emit('conference', segment.conferenceId, input.id);
      return listSegments(segment.conferenceId);
    }
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
