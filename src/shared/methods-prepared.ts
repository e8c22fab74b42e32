// Questions before the room (issue 13): prepared questions, answer-point cards, the desk view, similar questions.
// Prepared questions and cards are internal: their reads are operatorOnly, so a stage display is refused them.
import type { Question } from './domain';
import { method, updates } from './method-spec';
import type {
  AnswerCard,
  CardMatch,
  CardSend,
  DeskView,
  ImportPreview,
  ImportResult,
  PreparedQuestion,
  PreparedReport,
  SimilarPair
} from './prepared';
import type { CsvFile } from './schemas-archive';
import { preparedInputs as p } from './schemas-prepared';

const internal = { operatorOnly: true } as const;

export const preparedMethods = {
  'prepared.list': method<PreparedQuestion[]>()(p.conferenceRef, 'read', 'The prepared questions of a conference (报题), in their order.', internal),
  'prepared.forOutlet': method<PreparedQuestion[]>()(
    p.forOutlet,
    'read',
    'The open prepared questions of one outlet: offered when a reporter of that outlet registers.',
    internal
  ),
  'prepared.create': method<PreparedQuestion>()(p.preparedCreate, 'write', 'Add a prepared question at the end of the list.'),
  'prepared.update': method<PreparedQuestion>()(p.preparedUpdate, 'write', 'Edit a prepared question, or drop it (set it aside) and take it back.'),
  'prepared.remove': method<{ id: number }>()(p.byId, 'write', 'Remove a prepared question that was never asked.'),
  'prepared.move': method<PreparedQuestion[]>()(p.move, 'write', 'Move a prepared question to another place in the list.'),
  'prepared.ask': method<Question>()(
    p.preparedAsk,
    'live',
    'Register a prepared question in the queue: its outlet, reporter, text and addressee; it is then asked.',
    updates('question', true)
  ),
  'prepared.importPreview': method<ImportPreview>()(
    p.importPreview,
    'read',
    'Read a spreadsheet (XLSX or CSV) of prepared questions and cards: every row with its errors by column; changes nothing.',
    internal
  ),
  'prepared.importConfirm': method<ImportResult>()(
    p.importConfirm,
    'write',
    'Import the rows of a preview, checked again, in one transaction: one row in error refuses them all.'
  ),

  'cards.list': method<AnswerCard[]>()(p.conferenceRef, 'read', 'The answer-point cards (口径) of a conference, in their order.', internal),
  'cards.create': method<AnswerCard>()(
    p.cardCreate,
    'write',
    'Add an answer-point card for a spokesperson, optionally linked to prepared questions.'
  ),
  'cards.update': method<AnswerCard>()(p.cardUpdate, 'write', 'Edit an answer-point card.'),
  'cards.remove': method<{ id: number }>()(p.byId, 'write', 'Remove an answer-point card; the log of its sends keeps that it was sent.'),
  'cards.link': method<AnswerCard>()(p.cardLink, 'write', 'Link a card to a prepared question.'),
  'cards.unlink': method<AnswerCard>()(p.cardLink, 'write', 'Unlink a card from a prepared question.'),
  'cards.match': method<CardMatch[]>()(
    p.cardMatch,
    'read',
    'The cards for a question, best first: linked to its prepared question, then of its topic, then by full-text match of its words.',
    internal
  ),
  'cards.send': method<CardSend>()(p.cardSend, 'write', 'Show a card on the spokespeople’s desk view (null: take it off); every send is logged.'),
  'cards.sends': method<CardSend[]>()(p.conferenceRef, 'read', 'Every card sent to the desk, oldest first (for reports).', internal),

  'desk.get': method<DeskView>()(
    p.conferenceRef,
    'read',
    'What the spokesperson’s desk view shows: the live question, the segment and answer timing, and the card sent now.',
    // the desk's own read: its token (and the operator) may call it; the stage display may not, cards are internal
    { roles: ['desk'] }
  ),

  'question.similar': method<SimilarPair[]>()(
    p.conferenceRef,
    'read',
    'Pairs of waiting questions that may be one question asked twice: same outlet and topic, or close texts.',
    internal
  ),
  'question.merge': method<Question>()(
    p.questionMerge,
    'live',
    'Merge a waiting question into another: it leaves the queue (withdrawn, merged into the kept one), which lists who asked what.',
    updates('question')
  ),

  'report.prepared': method<PreparedReport>()(
    p.conferenceRef,
    'read',
    'Which prepared questions were registered and asked, and which cards were sent to the desk and how often.',
    internal
  ),
  'report.preparedCsv': method<CsvFile>()(
    p.reportCsv,
    'read',
    'The prepared-questions report as a CSV file that Excel opens with Chinese intact.',
    internal
  )
} as const;
