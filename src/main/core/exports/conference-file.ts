import { CONFERENCE_FILE_FORMAT, CONFERENCE_FILE_VERSION, type ConferenceFile } from '../../../shared/schemas-export';
import type { Audience } from '../../../shared/schemas-export';
import { turnOffsets } from '../audio/offsets';
import { toPreparedFile } from '../prepared/file';
import type { ConferenceRecord } from './record';

/**
 * The JSON export: the complete record of one conference, in the versioned
 * format `conference.import` reads. Redactions are data here (the spans and
 * the full text): this file is for another Rostrum, not for publication.
 * Prepared questions and cards are internal material: only an internal export
 * carries them (and the questions' links to them).
 */
export function toConferenceFile(record: ConferenceRecord, exportedAt: number, audience: Audience = 'public'): ConferenceFile {
  const internal = audience === 'internal';
  const c = record.conference;
  const offsets = turnOffsets(record.audio, record.turns);
  return {
    format: CONFERENCE_FILE_FORMAT,
    version: CONFERENCE_FILE_VERSION,
    exportedAt,
    conference: {
      id: c.id,
      title: c.title,
      topic: c.topic,
      organiser: c.organiser,
      venue: c.venue,
      scheduledStart: c.scheduledStart,
      plannedSeconds: c.plannedSeconds,
      language: c.language,
      header: { ...c.header },
      status: c.status,
      startedAt: c.startedAt,
      endedAt: c.endedAt,
      lastQuestionId: c.lastQuestionId,
      timeZone: c.timeZone,
      groundRules: c.groundRules,
      embargoUntil: c.embargoUntil,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt
    },
    people: record.people.map(({ id, name, honorific, position, organisation }) => ({ id, name, honorific, position, organisation })),
    outlets: record.outlets.map(({ id, name, category }) => ({ id, name, category })),
    participants: record.participants.map(({ id, personId, role, position, title, label }) => ({
      id,
      personId,
      role,
      position,
      title,
      label
    })),
    segments: record.segments.map(({ conferenceId: _c, ...segment }) => segment),
    questions: record.questions.map(({ conferenceId: _c, ...question }) => ({
      ...question,
      preparedId: internal ? question.preparedId : null
    })),
    // supplementary is derived when read, not data; the audio offset is for a reader of the file (the import ignores it)
    turns: record.turns.map(({ conferenceId: _c, supplementary: _s, ...turn }, i) => ({ ...turn, audioOffsetMs: offsets[i]!.offsetMs })),
    turnHistory: record.turnHistory.map((h) => ({ ...h })),
    extensions: record.extensions.map(({ conferenceId: _c, ...extension }) => extension),
    redactions: record.redactions.map(({ conferenceId: _c, ...redaction }) => redaction),
    writtenReplies: record.writtenReplies.map(({ conferenceId: _c, ...reply }) => reply),
    writtenReplyHistory: record.writtenReplyHistory.map((h) => ({ ...h })),
    timeHistory: record.timeHistory.map(({ conferenceId: _c, ...revision }) => revision),
    ...toPreparedFile(record, audience)
  };
}
