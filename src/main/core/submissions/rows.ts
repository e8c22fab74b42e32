import type { Language } from '../../../shared/domain';
import type { Submission, SubmissionStatus } from '../../../shared/submission';

/** A row of `submissions` (migration 012) as SQLite answers SELECT *. */
export type SubmissionRow = {
  id: number;
  conference_id: number;
  outlet_name: string;
  outlet_id: number | null;
  reporter_name: string;
  text: string;
  language: Language;
  device_hash: string | null;
  created_at: number;
  status: SubmissionStatus;
  question_id: number | null;
  reason: string;
  decided_at: number | null;
};

/** The device hash stays in the database: nobody, the operator included, needs to see it. */
export function toSubmission(r: SubmissionRow): Submission {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    outletName: r.outlet_name,
    outletId: r.outlet_id,
    reporterName: r.reporter_name,
    text: r.text,
    language: r.language,
    createdAt: r.created_at,
    status: r.status,
    questionId: r.question_id,
    reason: r.reason,
    decidedAt: r.decided_at
  };
}
