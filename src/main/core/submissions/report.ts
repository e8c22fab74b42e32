import type { Database } from 'better-sqlite3';
import type { SubmissionOutletLine, SubmissionReport, SubmissionStatus } from '../../../shared/submission';
import { prepareOpaque } from '../db/opaque-bindings';

interface Row {
  outletName: string;
  outletId: number | null;
  status: SubmissionStatus;
  /** when the question it became was called; null if never (or it joined another's) */
  calledAt: number | null;
}

const emptyLine = (outletName: string, outletId: number | null): SubmissionOutletLine => ({
  outletName,
  outletId,
  submitted: 0,
  approved: 0,
  merged: 0,
  rejected: 0,
  waiting: 0,
  called: 0
});

/**
 * Questions from the room after the event (issue 13, item 6). An outlet counts as called when a
 * question approved from its submission was called; one merged into another outlet's question was
 * asked, but not by that outlet, so it is not. Outlets are told apart by the directory's outlet
 * when the typed name matched one, else by the name as typed.
 */
export function createSubmissionReport(db: Database) {
  const rowsOf = prepareOpaque<[number], Row>(
    db,
    `SELECT s.outlet_name AS outletName, s.outlet_id AS outletId, s.status, q.asked_at AS calledAt
     FROM submissions s LEFT JOIN questions q ON q.id = s.question_id AND s.status = 'approved'
     WHERE s.conference_id = ? ORDER BY s.id`
  );

  return (conferenceId: number): SubmissionReport => {
    const lines = new Map<string, SubmissionOutletLine>();
    const totals = emptyLine('', null);
    for (const row of rowsOf.all(conferenceId)) {
      const key = row.outletId !== null ? `id:${row.outletId}` : `name:${row.outletName}`;
      const line = lines.get(key) ?? emptyLine(row.outletName, row.outletId);
      lines.set(key, line);
      const called = row.status === 'approved' && row.calledAt !== null ? 1 : 0;
      for (const counts of [line, totals]) {
        counts.submitted += 1;
        counts[row.status] += 1;
        counts.called += called;
      }
    }
    const outlets = [...lines.values()].sort((a, b) => b.submitted - a.submitted || a.outletName.localeCompare(b.outletName, 'zh-CN'));
    const { submitted, approved, merged, rejected, waiting, called } = totals;
    return {
      conferenceId,
      totals: { submitted, approved, merged, rejected, waiting, called },
      outlets,
      notCalled: outlets.filter((line) => line.called === 0).map((line) => line.outletName)
    };
  };
}
