import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { Submission, SubmissionBoard, SubmissionContext, SubmissionReceipt } from '../../../shared/submission';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { Services } from '../services';
import { toSubmission, type SubmissionRow } from './rows';
import { similarQuestions, type Candidate } from './similar';

/** The decided submissions the board shows; older ones stay in the database (and in reports). */
const DECIDED_SHOWN = 100;

/** Questions from the room: what phones send, and what the moderator makes of it. */
export function createSubmissionService(db: Database, s: Pick<Services, 'conferences' | 'questions'>) {
  const byId = prepareOpaque<[number], SubmissionRow>(db, 'SELECT * FROM submissions WHERE id = ?');
  const waitingOf = prepareOpaque<[number], SubmissionRow>(
    db,
    "SELECT * FROM submissions WHERE conference_id = ? AND status = 'waiting' ORDER BY id"
  );
  const decidedOf = prepareOpaque<[number, number], SubmissionRow>(
    db,
    "SELECT * FROM submissions WHERE conference_id = ? AND status != 'waiting' ORDER BY decided_at DESC, id DESC LIMIT ?"
  );
  const waitingOfDevice = prepareOpaque<[string], { id: number }>(db, "SELECT id FROM submissions WHERE device_hash = ? AND status = 'waiting'");
  const insert = prepareOpaque<Omit<SubmissionRow, 'id' | 'status' | 'question_id' | 'reason' | 'decided_at'>>(
    db,
    `INSERT INTO submissions (conference_id, outlet_name, outlet_id, reporter_name, text, language, device_hash, created_at)
     VALUES (@conference_id, @outlet_name, @outlet_id, @reporter_name, @text, @language, @device_hash, @created_at)`
  );
  const decide = prepareOpaque<Pick<SubmissionRow, 'id' | 'status' | 'question_id' | 'reason' | 'decided_at'>>(
    db,
    'UPDATE submissions SET status = @status, question_id = @question_id, reason = @reason, decided_at = @decided_at WHERE id = @id'
  );
  const acceptingOf = prepareOpaque<[number], { accepting: number }>(db, 'SELECT accepting FROM submission_settings WHERE conference_id = ?');
  const setAccepting = prepareOpaque<[number, number]>(
    db,
    'INSERT INTO submission_settings (conference_id, accepting) VALUES (?, ?) ON CONFLICT (conference_id) DO UPDATE SET accepting = excluded.accepting'
  );
  // the page's conference when it names none: one that takes questions, the live one first, then the newest
  const openConference = prepareOpaque<[], { id: number }>(
    db,
    `SELECT c.id FROM conferences c JOIN submission_settings s ON s.conference_id = c.id
     WHERE s.accepting = 1 AND c.status != 'ended' ORDER BY c.status = 'live' DESC, c.id DESC LIMIT 1`
  );
  const outletByName = prepareOpaque<[string], { id: number }>(db, 'SELECT id FROM outlets WHERE name = ?');
  const queuedOf = prepareOpaque<[number], { id: number; outletId: number | null; text: string }>(
    db,
    "SELECT id, outlet_id AS outletId, text FROM questions WHERE conference_id = ? AND status IN ('waiting', 'live') ORDER BY position, id"
  );

  const accepting = (conferenceId: number) => acceptingOf.get(conferenceId)?.accepting === 1;

  function waiting(id: number): SubmissionRow {
    const row = byId.get(id);
    if (!row) fail('not_found', `No submission with id ${id}.`, { field: 'id' });
    if (row.status !== 'waiting') fail('invalid_state', `This submission was already ${row.status}.`, { field: 'id', status: row.status });
    return row;
  }

  function board(conferenceId: number): SubmissionBoard {
    s.conferences.get(conferenceId, 'conferenceId');
    const waiting = waitingOf.all(conferenceId);
    // the queue is read only when something waits to be compared with it
    const queued: Candidate[] = waiting.length > 0 ? queuedOf.all(conferenceId) : [];
    return {
      conferenceId,
      accepting: accepting(conferenceId),
      waiting: waiting.map((row) => ({ ...toSubmission(row), similar: similarQuestions({ outletId: row.outlet_id, text: row.text }, queued) })),
      decided: decidedOf.all(conferenceId, DECIDED_SHOWN).map(toSubmission)
    };
  }

  /** Marks the submission decided; the caller has checked it was waiting. */
  function close(ctx: CallContext, row: SubmissionRow, change: Pick<SubmissionRow, 'status' | 'question_id' | 'reason'>): Submission {
    ctx.touch('submissions', row.id, row.conference_id, row);
    decide.run({ id: row.id, ...change, decided_at: ctx.now() });
    return toSubmission(byId.get(row.id)!);
  }

  return {
    board,

    context(conferenceId: number | undefined): SubmissionContext {
      const id = conferenceId ?? openConference.get()?.id;
      if (id === undefined) return { conferenceId: null, title: '', accepting: false, language: 'zh' };
      const conference = s.conferences.get(id, 'conferenceId');
      const open = accepting(id) && conference.status !== 'ended';
      // a phone learns a conference's title only while it takes questions
      return { conferenceId: id, title: open ? conference.title : '', accepting: open, language: conference.language };
    },

    create(ctx: CallContext, input: In<'submission.create'>): SubmissionReceipt {
      const conference = s.conferences.get(input.conferenceId, 'conferenceId');
      if (!accepting(conference.id) || conference.status === 'ended') {
        fail('invalid_state', 'This conference is not taking questions from the room.', { field: 'conferenceId', reason: 'closed' });
      }
      if (ctx.device !== null && waitingOfDevice.get(ctx.device)) {
        fail('conflict', 'You already have a question waiting; send another once the moderator has seen it.', { reason: 'waiting' });
      }
      const outletName = input.outlet.trim();
      const id = Number(
        insert.run({
          conference_id: conference.id,
          outlet_name: outletName,
          outlet_id: outletByName.get(outletName)?.id ?? null,
          reporter_name: input.reporter.trim(),
          text: input.text.trim(),
          language: input.language,
          device_hash: ctx.device,
          created_at: ctx.now()
        }).lastInsertRowid
      );
      ctx.emit('submissions', conference.id, id);
      return { id, status: 'waiting', createdAt: ctx.now() };
    },

    accept(ctx: CallContext, input: In<'submission.accept'>): SubmissionBoard {
      s.conferences.get(input.conferenceId, 'conferenceId');
      setAccepting.run(input.conferenceId, input.accepting ? 1 : 0);
      ctx.emit('submissions', input.conferenceId);
      return board(input.conferenceId);
    },

    approve(ctx: CallContext, { id, edits = {} }: In<'submission.approve'>): Question {
      const row = waiting(id);
      const outletId = edits.outletId !== undefined ? edits.outletId : (row.outlet_id ?? outletByName.get(row.outlet_name)?.id ?? null);
      const addOutlet = outletId === null && edits.outletId === undefined;
      if (addOutlet && !edits.newOutletCategory) {
        fail(
          'invalid_input',
          `edits.newOutletCategory: “${row.outlet_name}” is not in the directory; choose an outlet or give its category to add it.`,
          {
            field: 'edits.newOutletCategory'
          }
        );
      }
      const question = s.questions.register(ctx, {
        conferenceId: row.conference_id,
        outletId,
        ...(addOutlet ? { newOutlet: { name: row.outlet_name, category: edits.newOutletCategory! } } : {}),
        reporterName: edits.reporterName ?? row.reporter_name,
        text: edits.text ?? row.text,
        addressedToId: null,
        followUpOf: null
      });
      close(ctx, row, { status: 'approved', question_id: question.id, reason: '' });
      ctx.describe(row.conference_id, 'submission.approve', { outlet: row.outlet_name });
      return question;
    },

    merge(ctx: CallContext, input: In<'submission.merge'>): Submission {
      const row = waiting(input.id);
      const question = s.questions.get(input.questionId, 'questionId');
      if (question.conferenceId !== row.conference_id) {
        fail('invalid_input', 'questionId: the question belongs to another conference.', { field: 'questionId' });
      }
      if (question.status !== 'waiting' && question.status !== 'live') {
        fail('invalid_state', 'A submission can only join a question that is waiting or live.', { field: 'questionId' });
      }
      const merged = close(ctx, row, { status: 'merged', question_id: question.id, reason: '' });
      ctx.describe(row.conference_id, 'submission.merge', { outlet: row.outlet_name });
      return merged;
    },

    reject(ctx: CallContext, input: In<'submission.reject'>): Submission {
      const row = waiting(input.id);
      const rejected = close(ctx, row, { status: 'rejected', question_id: null, reason: input.reason.trim() });
      ctx.describe(row.conference_id, 'submission.reject', { outlet: row.outlet_name });
      return rejected;
    }
  };
}
