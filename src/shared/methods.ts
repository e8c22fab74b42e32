import type { z } from 'zod';
import { method, updates, type MethodSpec } from './method-spec';
import { archiveMethods } from './methods-archive';
import { audioMethods } from './methods-audio';
import { exportMethods } from './methods-export';
import { recordMethods } from './methods-record';
import { preparedMethods } from './methods-prepared';
import { stageMethods } from './methods-stage';
import { submissionMethods } from './methods-submission';
import type {
  Conference,
  ConferenceDetail,
  ConferenceRows,
  ConferenceSummary,
  UndoResult,
  Outlet,
  Participant,
  Person,
  Question,
  Segment,
  Turn,
  TurnRevision
} from './domain';
import { inputs } from './schemas';

/**
 * The single place the methods are declared (each domain's own table is spread in).
 * Preload, HTTP transport and renderer are typed from it.
 */
export const methods = {
  'app.info': method<{ version: string; schemaVersion: number; dataDir: string }>()(
    inputs.empty,
    'read',
    'Version of the app and of its database schema, and where the data lives.'
  ),

  'person.list': method<Person[]>()(inputs.search, 'read', 'People in the directory, filtered by a name prefix.'),
  'person.create': method<Person>()(inputs.personCreate, 'write', 'Add a person to the directory.'),
  'person.update': method<Person>()(inputs.personUpdate, 'write', 'Edit a person in the directory.'),
  'outlet.list': method<Outlet[]>()(inputs.search, 'read', 'Outlets in the directory, filtered by name.'),
  'outlet.create': method<Outlet>()(inputs.outletCreate, 'write', 'Add an outlet to the directory.'),
  'outlet.update': method<Outlet>()(inputs.outletUpdate, 'write', 'Edit an outlet in the directory.'),

  'conference.list': method<ConferenceSummary[]>()(inputs.conferenceList, 'read', 'Every conference, newest first.'),
  'conference.get': method<ConferenceDetail>()(inputs.byId, 'read', 'One conference with its roster, agenda, queue and undo state.'),
  'conference.rows': method<ConferenceRows>()(
    inputs.conferenceRows,
    'read',
    'Some rows of a conference as they are now, with its undo state: what a change event named.'
  ),
  'conference.create': method<Conference>()(inputs.conferenceCreate, 'write', 'Create a draft conference, with its agenda from a template.'),
  'conference.update': method<Conference>()(inputs.conferenceUpdate, 'write', 'Edit the details of a conference.', updates('conference')),
  'conference.delete': method<{ id: number }>()(inputs.byId, 'write', 'Delete a draft conference.'),

  'participant.add': method<Participant>()(inputs.participantAdd, 'write', 'Put a person on the roster in a role.', updates('participant')),
  'participant.update': method<Participant>()(
    inputs.participantUpdate,
    'write',
    'Change a participant’s role, title or label.',
    updates('participant')
  ),
  'participant.remove': method<{ id: number }>()(inputs.byId, 'write', 'Take a participant off the roster.'),
  'participant.move': method<Participant[]>()(
    inputs.move,
    'write',
    'Move a participant to another place in the roster.',
    updates('participantOrder')
  ),

  'segment.add': method<Segment>()(inputs.segmentAdd, 'write', 'Add a segment at the end of the agenda.', updates('segment')),
  'segment.update': method<Segment>()(inputs.segmentUpdate, 'write', 'Edit a segment.', updates('segment')),
  'segment.remove': method<{ id: number }>()(inputs.byId, 'write', 'Remove a pending segment.'),
  'segment.move': method<Segment[]>()(inputs.move, 'write', 'Move a segment to another place in the agenda.', updates('segmentOrder')),

  'live.start': method<Conference>()(inputs.conferenceRef, 'live', 'Start the conference and its first segment.', updates('conference')),
  'live.advance': method<Segment | null>()(inputs.conferenceRef, 'live', 'End the live segment and start the next pending one.', updates('segment')),
  'live.goTo': method<Segment>()(inputs.segmentGoTo, 'live', 'Make a segment live, ending the one that is live.', updates('segment')),
  'live.skip': method<Segment>()(inputs.byId, 'live', 'Skip a pending or live segment.', updates('segment')),
  'live.extend': method<Conference>()(inputs.extend, 'live', 'Extend the planned time of the conference or a segment.', updates('conference')),
  'live.end': method<Conference>()(inputs.conferenceRef, 'live', 'End the conference.', updates('conference')),
  'live.undo': method<UndoResult>()(inputs.conferenceRef, 'write', 'Undo the last live action.', updates('undo', true)),
  'live.redo': method<UndoResult>()(inputs.conferenceRef, 'write', 'Redo the last undone live action.', updates('undo', true)),

  'question.list': method<Question[]>()(inputs.conferenceRef, 'read', 'The questions of a conference in queue order.'),
  'question.register': method<Question>()(inputs.questionRegister, 'live', 'Register a reporter’s question in the queue.', updates('question', true)),
  'question.update': method<Question>()(
    inputs.questionUpdate,
    'live',
    'Edit a question’s outlet, reporter, text or addressee.',
    updates('question', true)
  ),
  'question.move': method<Question[]>()(inputs.move, 'live', 'Move a waiting question to another place in the queue.', updates('question', true)),
  'question.call': method<Question>()(
    inputs.questionCall,
    'live',
    'Call a waiting question (the first in the queue when no id is given).',
    updates('question', true)
  ),
  'question.close': method<Question>()(
    inputs.questionClose,
    'live',
    'Close a question as answered, withdrawn, not reached or left for a written reply.',
    updates('question', true)
  ),
  'question.markLast': method<Conference>()(
    inputs.questionMarkLast,
    'live',
    'Mark the question announced as the last one, or clear the mark.',
    updates('conference')
  ),

  'answer.record': method<Turn>()(
    inputs.answerRecord,
    'live',
    'Record what a spokesperson said in answer to the live question.',
    updates('turn', true)
  ),
  'turn.list': method<Turn[]>()(inputs.turnList, 'read', 'Every turn of a conference in order; with ids, only those of them that still exist.'),
  'turn.add': method<Turn>()(inputs.turnAdd, 'live', 'Record something said: by a participant, a reporter, or a stage note.', updates('turn', true)),
  'turn.update': method<Turn>()(inputs.turnUpdate, 'write', 'Correct or alter what a turn says; the change is kept in its history.', updates('turn')),
  'turn.delete': method<{ id: number }>()(inputs.turnDelete, 'write', 'Delete a turn; its text is kept in its history.'),
  'turn.history': method<TurnRevision[]>()(inputs.byId, 'read', 'Every change made to a turn, oldest first.'),

  ...recordMethods,
  ...exportMethods,
  ...archiveMethods,
  ...stageMethods,
  ...audioMethods,
  ...preparedMethods,
  ...submissionMethods
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>[0];

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** The spec of a method named at run time (an event's, a transport's), or undefined for an unknown name. */
export function specOf(name: string): MethodSpec<z.ZodType, unknown> | undefined {
  return isMethodName(name) ? methods[name] : undefined;
}
