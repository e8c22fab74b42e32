import { fail } from '../../../shared/errors';
import type { ConferenceFile } from '../../../shared/schemas-export';
import { checkPreparedReferences } from '../prepared/file';

/**
 * The checks zod cannot make: every id a file refers to is one the file
 * holds. A broken reference is refused with the path of the field that holds it.
 */
export function checkReferences(file: ConferenceFile): void {
  const ids = (name: string, items: { id: number }[]): Set<number> => {
    const seen = new Set<number>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) fail('invalid_input', `${name}.${i}.id: the id ${item.id} is used twice.`, { field: `${name}.${i}.id` });
      seen.add(item.id);
    });
    return seen;
  };
  const people = ids('people', file.people);
  const outlets = ids('outlets', file.outlets);
  const participants = ids('participants', file.participants);
  const segments = ids('segments', file.segments);
  const questions = ids('questions', file.questions);
  const turns = ids('turns', file.turns);
  ids('turnHistory', file.turnHistory);
  ids('extensions', file.extensions);
  ids('redactions', file.redactions);
  const replies = ids('writtenReplies', file.writtenReplies);
  ids('writtenReplyHistory', file.writtenReplyHistory);
  ids('timeHistory', file.timeHistory);

  const ref = (field: string, value: number | null, within: Set<number>, what: string) => {
    if (value !== null && !within.has(value)) {
      fail('invalid_input', `${field}: there is no ${what} with id ${value} in the file.`, { field });
    }
  };
  const unique = (field: string, key: string, seen: Set<string>, what: string) => {
    if (seen.has(key)) fail('invalid_input', `${field}: ${what} appears twice.`, { field });
    seen.add(key);
  };

  const personKeys = new Set<string>();
  file.people.forEach((p, i) =>
    unique(`people.${i}.name`, `${p.name.trim()}\u0000${p.organisation.trim()}`, personKeys, `${p.name} (${p.organisation})`)
  );
  const outletNames = new Set<string>();
  file.outlets.forEach((o, i) => unique(`outlets.${i}.name`, o.name.trim(), outletNames, `the outlet ${o.name}`));
  const rostered = new Set<string>();
  file.participants.forEach((p, i) => {
    ref(`participants.${i}.personId`, p.personId, people, 'person');
    unique(`participants.${i}.personId`, String(p.personId), rostered, `person ${p.personId}`);
  });
  ref('conference.lastQuestionId', file.conference.lastQuestionId, questions, 'question');
  file.segments.forEach((s, i) => ref(`segments.${i}.speakerId`, s.speakerId, participants, 'participant'));
  file.questions.forEach((q, i) => {
    ref(`questions.${i}.outletId`, q.outletId, outlets, 'outlet');
    ref(`questions.${i}.addressedToId`, q.addressedToId, participants, 'participant');
    ref(`questions.${i}.followUpOf`, q.followUpOf, questions, 'question');
    ref(`questions.${i}.segmentId`, q.segmentId, segments, 'segment');
  });
  const textOf = new Map(file.turns.map((t) => [t.id, t.text]));
  file.turns.forEach((t, i) => {
    ref(`turns.${i}.segmentId`, t.segmentId, segments, 'segment');
    ref(`turns.${i}.questionId`, t.questionId, questions, 'question');
    ref(`turns.${i}.participantId`, t.participantId, participants, 'participant');
    ref(`turns.${i}.outletId`, t.outletId, outlets, 'outlet');
    ref(`turns.${i}.interpretsTurnId`, t.interpretsTurnId, turns, 'turn');
    if (t.interpretsTurnId === t.id) {
      fail('invalid_input', `turns.${i}.interpretsTurnId: a turn cannot interpret itself.`, { field: `turns.${i}.interpretsTurnId` });
    }
    if (t.speakerKind === 'participant' && t.participantId === null) {
      fail('invalid_input', `turns.${i}.participantId: a participant's turn needs the participant.`, { field: `turns.${i}.participantId` });
    }
  });
  file.turnHistory.forEach((h, i) => ref(`turnHistory.${i}.turnId`, h.turnId, turns, 'turn'));
  file.writtenReplies.forEach((r, i) => {
    ref(`writtenReplies.${i}.questionId`, r.questionId, questions, 'question');
    ref(`writtenReplies.${i}.participantId`, r.participantId, participants, 'participant');
  });
  file.writtenReplyHistory.forEach((h, i) => {
    ref(`writtenReplyHistory.${i}.replyId`, h.replyId, replies, 'written reply');
    ref(`writtenReplyHistory.${i}.participantBefore`, h.participantBefore, participants, 'participant');
    ref(`writtenReplyHistory.${i}.participantAfter`, h.participantAfter, participants, 'participant');
  });
  file.extensions.forEach((e, i) => ref(`extensions.${i}.segmentId`, e.segmentId, segments, 'segment'));
  checkPreparedReferences(file, { outlets, participants, questions }, ids, ref);
  file.redactions.forEach((r, i) => {
    ref(`redactions.${i}.turnId`, r.turnId, turns, 'turn');
    const length = textOf.get(r.turnId)!.length;
    if (r.end > length) {
      fail('invalid_input', `redactions.${i}.end: the turn has only ${length} characters.`, { field: `redactions.${i}.end` });
    }
  });
}
