// The published record: interpretation, reporters' remarks, written replies, corrected times.
import type { Conference, ConferenceTimeRevision, Turn, WrittenReply, WrittenReplyRevision } from './domain';
import { method, updates } from './method-spec';
import { inputs } from './schemas';
import { recordInputs } from './schemas-record';

export const recordMethods = {
  'turn.interpret': method<Turn>()(
    recordInputs.turnInterpret,
    'live',
    'Record a participant’s interpretation of a turn (by default the last one); it prints right after it, ' +
      'under the interpreter’s label (翻译 / INTERPRETER unless the roster gives another).',
    updates('turn', true)
  ),
  'turn.remark': method<Turn>()(
    recordInputs.turnRemark,
    'live',
    'Record a reporter’s remark that is not a question (“Q  Thank you.”): no question is registered or counted.',
    updates('turn', true)
  ),
  'reply.record': method<WrittenReply>()(
    recordInputs.replyRecord,
    'write',
    'Record the written reply (会后书面答复) to a question closed as written_reply, during or after the conference.'
  ),
  'reply.update': method<WrittenReply>()(
    recordInputs.replyUpdate,
    'write',
    'Correct or alter a written reply: its answerer, text or date; the change is kept in its history.'
  ),
  'reply.remove': method<{ id: number }>()(recordInputs.replyRemove, 'write', 'Remove a written reply; its history keeps what it said.'),
  'reply.history': method<WrittenReplyRevision[]>()(inputs.byId, 'read', 'Every change made to a written reply, oldest first.'),
  'reply.list': method<WrittenReply[]>()(inputs.conferenceRef, 'read', 'The written replies of a conference, in question order.'),
  'conference.correctTimes': method<Conference>()(
    recordInputs.conferenceCorrectTimes,
    'write',
    'Correct the actual start and/or end of a conference after the event; each change is kept in its time history.'
  ),
  'conference.timeHistory': method<ConferenceTimeRevision[]>()(
    inputs.byId,
    'read',
    'Every correction of a conference’s actual start and end, oldest first.'
  )
} as const;
