import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import { IMPORT_MAX_BYTES, type ImportCellError, type ImportPreview, type ImportResult } from '../../../shared/prepared';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import type { DirectoryService } from '../services/directory';
import type { CardService } from './cards';
import { YES_NO } from './import-columns';
import { categoryOf, checkCard, checkQuestion, foldText, linksOf, previewOf, type ImportLookups, type LinkTarget } from './import-check';
import type { PreparedService } from './prepared-questions';
import { readSpreadsheet } from './spreadsheet';

/**
 * The spreadsheet import of prepared questions and cards, in two steps: a preview
 * that changes nothing, and a confirmation that checks the rows again and writes
 * them all in its one transaction, or none.
 */
export function createPreparedImport(
  db: Database,
  conferences: ConferenceService,
  directory: DirectoryService,
  prepared: PreparedService,
  cards: CardService
) {
  const outletByName = prepareOpaque<[string], { id: number }>(db, 'SELECT id FROM outlets WHERE name = ?');
  // who a question may be addressed to, and a card be for: the host and the spokespeople
  const participants = prepareOpaque<[number], { id: number; name: string; label: string }>(
    db,
    `SELECT p.id, pe.name, p.label FROM participants p JOIN people pe ON pe.id = p.person_id
     WHERE p.conference_id = ? AND p.role <> 'interpreter' ORDER BY p.position, p.id`
  );
  const preparedTexts = prepareOpaque<[number], { id: number; text: string }>(
    db,
    'SELECT id, text FROM prepared_questions WHERE conference_id = ? ORDER BY id'
  );

  function lookups(conferenceId: number): ImportLookups {
    const people = participants.all(conferenceId);
    const texts = preparedTexts.all(conferenceId);
    return {
      outletId: (name) => outletByName.get(name.trim())?.id ?? null,
      participantId: (name) => people.find((p) => p.name === name || p.label === name)?.id ?? null,
      preparedId: (text) => texts.find((t) => foldText(t.text) === foldText(text))?.id ?? null
    };
  }

  return {
    preview(input: In<'prepared.importPreview'>): ImportPreview {
      conferences.get(input.conferenceId, 'conferenceId');
      const bytes = Buffer.from(input.data, 'base64');
      if (bytes.length > IMPORT_MAX_BYTES) fail('invalid_input', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`, { field: 'data' });
      if (bytes.length === 0) fail('invalid_input', 'The file is empty.', { field: 'data' });
      return previewOf(readSpreadsheet(input.fileName, bytes), lookups(input.conferenceId));
    },

    confirm(ctx: CallContext, input: In<'prepared.importConfirm'>): ImportResult {
      conferences.get(input.conferenceId, 'conferenceId');
      if (input.questions.length === 0 && input.cards.length === 0) fail('invalid_input', 'There is nothing to import.', { field: 'questions' });
      const look = lookups(input.conferenceId);
      const refuse = (list: 'questions' | 'cards', index: number, row: number, error: ImportCellError) =>
        fail('invalid_input', `Row ${row}, ${error.column}: ${error.message}. Nothing was imported.`, {
          field: `${list}.${index}.values.${error.column}`,
          row,
          column: error.column,
          reason: error.reason,
          value: error.value
        });
      input.questions.forEach((q, i) => {
        const error = checkQuestion(q.values, look)[0];
        if (error) refuse('questions', i, q.row, error);
      });
      const questionRows = new Map(input.questions.map((q) => [q.row, q.values.question]));
      if (questionRows.size !== input.questions.length) fail('invalid_input', 'Two question rows have the same row number.', { field: 'questions' });
      input.cards.forEach((c, i) => {
        const error = checkCard(c.values, questionRows, look)[0];
        if (error) refuse('cards', i, c.row, error);
      });

      let outletsCreated = 0;
      const preparedOfRow = new Map<number, number>();
      for (const { row, values } of input.questions) {
        const name = values.outlet.trim();
        let outletId = look.outletId(name);
        if (outletId === null) {
          outletId = directory.createOutlet(ctx, { name, category: categoryOf(values.category)! }).id;
          outletsCreated++;
        }
        const addressedToId = values.addressedTo.trim() ? look.participantId(values.addressedTo.trim()) : null;
        const created = prepared.insertPrepared(ctx, input.conferenceId, {
          outletId,
          reporterName: values.reporter.trim(),
          text: values.question,
          addressedToId,
          topic: values.topic
        });
        preparedOfRow.set(row, created.id);
      }
      for (const { values } of input.cards) {
        // checked above: the links resolve
        const links = linksOf(values.linkedQuestions, questionRows, look) as LinkTarget[];
        const preparedIds = [...new Set(links.map((l) => ('row' in l ? preparedOfRow.get(l.row)! : l.preparedId)))];
        const spokesperson = values.spokesperson.trim();
        cards.insertCard(
          ctx,
          input.conferenceId,
          {
            participantId: spokesperson ? look.participantId(spokesperson) : null,
            topic: values.topic,
            title: values.title,
            points: values.points,
            figures: values.figures,
            usePhrases: values.use,
            avoidPhrases: values.avoid,
            doNotVolunteer: YES_NO[values.doNotVolunteer.trim().toLowerCase()] ?? false,
            keywords: values.keywords
          },
          preparedIds
        );
      }
      return { questions: input.questions.length, cards: input.cards.length, outletsCreated };
    }
  };
}
