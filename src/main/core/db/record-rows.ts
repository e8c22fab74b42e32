import type { ConferenceTimeRevision, WrittenReply, WrittenReplyRevision } from '../../../shared/domain';

/*
 * The rows of the published record's own tables (migration 008): written replies,
 * their history and the history of corrected start and end times, with their
 * mappers. The other tables' rows are in rows.ts.
 */

export type WrittenReplyRow = {
  id: number;
  conference_id: number;
  question_id: number;
  participant_id: number;
  text: string;
  replied_on: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
};

export type WrittenReplyRevisionRow = {
  id: number;
  conference_id: number;
  reply_id: number;
  kind: WrittenReplyRevision['kind'];
  text_before: string;
  text_after: string;
  participant_before: number;
  participant_after: number;
  replied_on_before: string;
  replied_on_after: string;
  editor: string;
  reason: string;
  at: number;
};

export type TimeRevisionRow = {
  id: number;
  conference_id: number;
  field: 'started_at' | 'ended_at';
  kind: ConferenceTimeRevision['kind'];
  before_value: number | null;
  after_value: number;
  editor: string;
  reason: string;
  at: number;
};

export function toWrittenReply(r: WrittenReplyRow): WrittenReply {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    questionId: r.question_id,
    participantId: r.participant_id,
    text: r.text,
    repliedOn: r.replied_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toWrittenReplyRevision(r: WrittenReplyRevisionRow): WrittenReplyRevision {
  return {
    id: r.id,
    replyId: r.reply_id,
    kind: r.kind,
    textBefore: r.text_before,
    textAfter: r.text_after,
    participantBefore: r.participant_before,
    participantAfter: r.participant_after,
    repliedOnBefore: r.replied_on_before,
    repliedOnAfter: r.replied_on_after,
    editor: r.editor,
    reason: r.reason,
    at: r.at
  };
}

export function toTimeRevision(r: TimeRevisionRow): ConferenceTimeRevision {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    field: r.field === 'started_at' ? 'startedAt' : 'endedAt',
    kind: r.kind,
    before: r.before_value,
    after: r.after_value,
    editor: r.editor,
    reason: r.reason,
    at: r.at
  };
}
