import type { Database } from 'better-sqlite3';
import type { Conference } from '../../../shared/domain';
import type { ConferenceFile } from '../../../shared/schemas-export';
import type { CallContext } from '../context';
import type { Services } from '../services';
import { createPreparedImporter } from '../prepared/file';
import { checkReferences } from './import-check';
import { prepareOpaque } from '../db/opaque-bindings';

/**
 * Imports a JSON export as a new conference in this database. People are
 * matched by name and organisation, outlets by name; the rest is created with
 * new ids and every reference remapped. It runs in the router's transaction,
 * so a file refused half-way leaves nothing behind.
 */
export function createConferenceImporter(db: Database, s: Services) {
  const personByKey = prepareOpaque<[name: string, organisation: string], { id: number }>(
    db,
    'SELECT id FROM people WHERE name = ? AND organisation = ?'
  );
  // The inserts bind a record of the file (checked by its schema) spread with remapped ids, by name.
  const personInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO people (name, honorific, position, organisation, created_at, updated_at)
     VALUES (@name, @honorific, @position, @organisation, @now, @now)`
  );
  const outletByName = prepareOpaque<[string], { id: number }>(db, 'SELECT id FROM outlets WHERE name = ?');
  const outletInsert = prepareOpaque<{ name: string; category: string; now: number }, never>(
    db,
    'INSERT INTO outlets (name, category, created_at, updated_at) VALUES (@name, @category, @now, @now)'
  );
  const conferenceInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO conferences (title, topic, organiser, venue, scheduled_start, planned_seconds, language,
       header_source, header_author, header_published_at, header_credits, header_lead, editing_standard,
       status, started_at, ended_at, time_zone, ground_rules, embargo_until, created_at, updated_at)
     VALUES (@title, @topic, @organiser, @venue, @scheduledStart, @plannedSeconds, @language,
       @source, @author, @publishedAt, @credits, @lead, @editingStandard,
       @status, @startedAt, @endedAt, @timeZone, @groundRules, @embargoUntil, @createdAt, @now)`
  );
  const setLastQuestion = prepareOpaque<[questionId: number, conferenceId: number], never>(
    db,
    'UPDATE conferences SET last_question_id = ? WHERE id = ?'
  );
  const participantInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO participants (conference_id, person_id, role, position, title, label)
     VALUES (@conferenceId, @personId, @role, @position, @title, @label)`
  );
  const segmentInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO segments (conference_id, position, kind, title, speaker_id, planned_seconds, extended_seconds, status,
       started_at, ended_at, elapsed_before_ms, prepared_text)
     VALUES (@conferenceId, @position, @kind, @title, @speakerId, @plannedSeconds, @extendedSeconds, @status,
       @startedAt, @endedAt, @elapsedBeforeMs, @preparedText)`
  );
  const questionInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO questions (conference_id, position, outlet_id, reporter_name, text, addressed_to_id, status,
       registered_at, asked_at, closed_at, segment_id)
     VALUES (@conferenceId, @position, @outletId, @reporterName, @text, @addressedToId, @status,
       @registeredAt, @askedAt, @closedAt, @segmentId)`
  );
  const setFollowUp = prepareOpaque<[followUpOf: number, id: number], never>(db, 'UPDATE questions SET follow_up_of = ? WHERE id = ?');
  const turnInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO turns (conference_id, seq, segment_id, question_id, speaker_kind, participant_id, outlet_id,
       reporter_name, text, started_at, ended_at, is_open, edited_at, deleted_at, interprets_turn_id)
     VALUES (@conferenceId, @seq, @segmentId, @questionId, @speakerKind, @participantId, @outletId,
       @reporterName, @text, @startedAt, COALESCE(@endedAt, @startedAt), @endedAt IS NULL, @editedAt, @deletedAt, NULL)`
  );
  // set once every turn exists: an interpretation may come before its turn in the file's order
  const setInterprets = prepareOpaque<[interpretsTurnId: number, id: number], never>(db, 'UPDATE turns SET interprets_turn_id = ? WHERE id = ?');
  const replyInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO written_replies (conference_id, question_id, participant_id, text, replied_on, created_at, updated_at, deleted_at)
     VALUES (@conferenceId, @questionId, @participantId, @text, @repliedOn, @createdAt, @updatedAt, @deletedAt)`
  );
  const replyHistoryInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO written_reply_history (conference_id, reply_id, kind, text_before, text_after, participant_before,
       participant_after, replied_on_before, replied_on_after, editor, reason, at)
     VALUES (@conferenceId, @replyId, @kind, @textBefore, @textAfter, @participantBefore,
       @participantAfter, @repliedOnBefore, @repliedOnAfter, @editor, @reason, @at)`
  );
  const timeInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO conference_time_history (conference_id, field, kind, before_value, after_value, editor, reason, at)
     VALUES (@conferenceId, @column, @kind, @before, @after, @editor, @reason, @at)`
  );
  const historyInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO turn_history (turn_id, kind, text_before, text_after, editor, reason, at)
     VALUES (@turnId, @kind, @textBefore, @textAfter, @editor, @reason, @at)`
  );
  const extensionInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    'INSERT INTO extensions (conference_id, segment_id, seconds, at) VALUES (@conferenceId, @segmentId, @seconds, @at)'
  );
  const redactionInsert = prepareOpaque<Record<string, unknown>, never>(
    db,
    `INSERT INTO redactions (turn_id, start_offset, end_offset, quote, reason, created_at)
     VALUES (@turnId, @start, @end, @quote, @reason, @createdAt)`
  );

  const importPrepared = createPreparedImporter(db);

  const newId = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);
  /** Looks up a remapped id; null stays null. */
  const via = (map: Map<number, number>) => (old: number | null) => (old === null ? null : map.get(old)!);

  return function importConference(ctx: CallContext, file: ConferenceFile): Conference {
    checkReferences(file);
    const now = ctx.now();
    let directoryChanged = false;

    const people = new Map<number, number>();
    for (const p of file.people) {
      const name = p.name.trim();
      const organisation = p.organisation.trim();
      const found = personByKey.get(name, organisation);
      if (!found) directoryChanged = true;
      people.set(p.id, found?.id ?? newId(personInsert.run({ ...p, name, organisation, now })));
    }
    const outlets = new Map<number, number>();
    for (const o of file.outlets) {
      const name = o.name.trim();
      const found = outletByName.get(name);
      if (!found) directoryChanged = true;
      outlets.set(o.id, found?.id ?? newId(outletInsert.run({ name, category: o.category, now })));
    }

    const c = file.conference;
    // a file from before time zones were kept printed in the language's zone; it keeps printing so
    const timeZone = c.timeZone ?? (c.language === 'zh' ? 'Asia/Shanghai' : 'UTC');
    const conferenceId = newId(conferenceInsert.run({ ...c, ...c.header, timeZone, now }));
    const participants = new Map<number, number>();
    for (const p of file.participants) {
      const person = s.directory.getPerson(people.get(p.personId)!);
      const row = { conferenceId, personId: person.id, role: p.role, position: p.position, title: p.title ?? person.position, label: p.label ?? '' };
      participants.set(p.id, newId(participantInsert.run(row)));
    }
    const segments = new Map<number, number>();
    for (const seg of file.segments) {
      segments.set(seg.id, newId(segmentInsert.run({ ...seg, conferenceId, speakerId: via(participants)(seg.speakerId) })));
    }
    const questions = new Map<number, number>();
    for (const q of file.questions) {
      const row = {
        ...q,
        conferenceId,
        outletId: via(outlets)(q.outletId),
        addressedToId: via(participants)(q.addressedToId),
        segmentId: via(segments)(q.segmentId)
      };
      questions.set(q.id, newId(questionInsert.run(row)));
    }
    // Follow-ups and the last question point at questions, so they are set once all exist.
    for (const q of file.questions) if (q.followUpOf !== null) setFollowUp.run(questions.get(q.followUpOf)!, questions.get(q.id)!);
    if (c.lastQuestionId !== null) setLastQuestion.run(questions.get(c.lastQuestionId)!, conferenceId);

    const turns = new Map<number, number>();
    for (const { audioOffsetMs: _offset, ...t } of file.turns) {
      // the audio offset describes the exported recording, which does not come with the file
      const row = {
        ...t,
        conferenceId,
        segmentId: via(segments)(t.segmentId),
        questionId: via(questions)(t.questionId),
        participantId: via(participants)(t.participantId),
        outletId: via(outlets)(t.outletId)
      };
      turns.set(t.id, newId(turnInsert.run(row)));
    }
    for (const t of file.turns) if (t.interpretsTurnId !== null) setInterprets.run(turns.get(t.interpretsTurnId)!, turns.get(t.id)!);
    for (const h of file.turnHistory) historyInsert.run({ ...h, turnId: turns.get(h.turnId)! });
    const replies = new Map<number, number>();
    for (const r of file.writtenReplies) {
      const row = { ...r, conferenceId, questionId: questions.get(r.questionId)!, participantId: participants.get(r.participantId)! };
      replies.set(r.id, newId(replyInsert.run(row)));
    }
    for (const h of file.writtenReplyHistory) {
      replyHistoryInsert.run({
        ...h,
        conferenceId,
        replyId: replies.get(h.replyId)!,
        participantBefore: participants.get(h.participantBefore)!,
        participantAfter: participants.get(h.participantAfter)!
      });
    }
    for (const h of file.timeHistory) {
      timeInsert.run({ ...h, conferenceId, column: h.field === 'startedAt' ? 'started_at' : 'ended_at' });
    }
    for (const e of file.extensions) extensionInsert.run({ ...e, conferenceId, segmentId: via(segments)(e.segmentId) });
    for (const r of file.redactions) redactionInsert.run({ ...r, turnId: turns.get(r.turnId)! });
    importPrepared(file, conferenceId, { outlets, participants, questions });

    ctx.emit('conferences', conferenceId, conferenceId);
    if (directoryChanged) ctx.emit('directory', null);
    return s.conferences.get(conferenceId);
  };
}
