import type { Database } from 'better-sqlite3';
import type { QuestionStatus } from '../../../shared/domain';
import type { PreparedReport } from '../../../shared/prepared';
import type { CsvFile } from '../../../shared/schemas-archive';
import { prepareOpaque } from '../db/opaque-bindings';
import { PREPARED_SELECT, toPrepared, type PreparedRow } from '../prepared/rows';
import type { ConferenceService } from '../services/conferences';
import { mainStrings } from '../strings';
import { toCsv } from './report-csv';

/**
 * The report of a conference's questions before the room (issue 13, item 6):
 * which prepared questions were registered and asked, and which cards went to
 * the desk. Internal like the cards themselves, so it is a report of its own
 * (operatorOnly), not a part of report.conference, which a display may read.
 */
export function createPreparedReport(db: Database, conferences: ConferenceService) {
  const prepared = prepareOpaque<[number], PreparedRow & { asked_at: number | null; question_status: QuestionStatus | null }>(
    db,
    `SELECT x.*, q.asked_at, q.status AS question_status FROM (${PREPARED_SELECT} WHERE p.conference_id = ?) x
     LEFT JOIN questions q ON q.id = x.question_id ORDER BY x.position, x.id`
  );
  const cardsUsed = prepareOpaque<
    [number],
    { card_id: number; title: string; topic: string; spokesperson: string | null; sends: number; first_sent_at: number; question_ids: string | null }
  >(
    db,
    `SELECT s.card_id, c.title, c.topic, COALESCE(NULLIF(p.label, ''), pe.name) AS spokesperson, COUNT(*) AS sends, MIN(s.at) AS first_sent_at,
       group_concat(DISTINCT s.question_id) AS question_ids
     FROM card_sends s JOIN answer_cards c ON c.id = s.card_id
     LEFT JOIN participants p ON p.id = c.participant_id LEFT JOIN people pe ON pe.id = p.person_id
     WHERE s.conference_id = ? GROUP BY s.card_id ORDER BY first_sent_at, s.card_id`
  );
  const counts = prepareOpaque<{ id: number }, { cards: number; sends: number }>(
    db,
    `SELECT (SELECT COUNT(*) FROM answer_cards WHERE conference_id = @id) AS cards,
       (SELECT COUNT(*) FROM card_sends WHERE conference_id = @id AND card_id IS NOT NULL) AS sends`
  );

  function report(conferenceId: number): PreparedReport {
    conferences.get(conferenceId, 'conferenceId');
    const questions = prepared.all(conferenceId).map((row) => {
      const p = toPrepared(row);
      return {
        preparedId: p.id,
        outletName: p.outletName,
        reporterName: p.reporterName,
        topic: p.topic,
        text: p.text,
        status: p.status,
        questionId: p.questionId,
        askedAt: row.asked_at,
        questionStatus: row.question_status
      };
    });
    const cards = cardsUsed.all(conferenceId).map((c) => ({
      cardId: c.card_id,
      title: c.title,
      topic: c.topic,
      spokesperson: c.spokesperson ?? '',
      sends: c.sends,
      firstSentAt: c.first_sent_at,
      questionIds: c.question_ids ? c.question_ids.split(',').map(Number) : []
    }));
    const { cards: cardCount, sends } = counts.get({ id: conferenceId })!;
    return {
      conferenceId,
      questions,
      cards,
      totals: {
        prepared: questions.length,
        registered: questions.filter((q) => q.status === 'asked').length,
        asked: questions.filter((q) => q.askedAt !== null).length,
        dropped: questions.filter((q) => q.status === 'dropped').length,
        cards: cardCount,
        cardsUsed: cards.length,
        sends
      }
    };
  }

  return {
    report,

    csv(input: { conferenceId: number; language: 'zh' | 'en' }): CsvFile {
      const r = report(input.conferenceId);
      const l = mainStrings(input.language).reportCsv;
      const t = r.totals;
      const rows = [
        [l.preparedTotal, l.registeredFromList, l.asked, l.dropped, l.cardCount, l.cardsUsedCount, l.sends],
        [t.prepared, t.registered, t.asked, t.dropped, t.cards, t.cardsUsed, t.sends],
        [],
        [l.prepared],
        [l.position, l.outlet, l.reporter, l.topic, l.question, l.preparedStatus, l.questionStatus],
        ...r.questions.map((q, i) => [i + 1, q.outletName, q.reporterName, q.topic, q.text, q.status, q.questionStatus]),
        [],
        [l.cardsUsed],
        [l.card, l.topic, l.speaker, l.sends],
        ...r.cards.map((c) => [c.title, c.topic, c.spokesperson, c.sends])
      ];
      return { fileName: `rostrum-report-prepared-${input.conferenceId}.csv`, content: toCsv(rows) };
    }
  };
}
