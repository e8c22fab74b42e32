import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditKind, Participant, Question, WrittenReply } from '../../../../shared/domain';
import { Field, FormMessage, useFormErrors, submitOn } from '../../components/form';
import { act } from '../../store/conference-store';
import { editorName } from '../review/editor-name';
import { EditKindFields } from './EditKindFields';
import { RECORD_TID } from './testids';

/** Today's date as the conference's own calendar has it, "2024-01-05". */
export function todayIn(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Who may reply in writing: the spokespeople first, then the rest of the roster. */
function replyCandidates(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) => Number(b.role === 'spokesperson') - Number(a.role === 'spokesperson') || a.position - b.position);
}

/**
 * The written reply (会后书面答复) to a question closed as written reply:
 * who answers, the words and the date of the reply. A refusal is shown next
 * to the field the server names, and nothing is saved.
 */
export function WrittenReplyForm({
  conferenceId,
  question,
  reply,
  participants,
  timeZone,
  onDone
}: {
  conferenceId: number;
  question: Question;
  reply: WrittenReply | undefined;
  participants: readonly Participant[];
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const candidates = replyCandidates(participants);
  const [speaker, setSpeaker] = useState(String(reply?.participantId ?? question.addressedToId ?? candidates[0]?.id ?? ''));
  const [text, setText] = useState(reply?.text ?? '');
  const [date, setDate] = useState(reply?.repliedOn ?? todayIn(timeZone));
  const [kind, setKind] = useState<EditKind>('correction');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    if (busy) return;
    if (!speaker) return form.refuse('participantId', t('record:reply.noSpeaker'));
    setBusy(true);
    try {
      const fields = { participantId: Number(speaker), text, repliedOn: date };
      // a change to a reply on record is kept in its history, as a correction or an alteration
      if (reply) await act('reply.update', { id: reply.id, ...fields, kind, reason, editor: editorName() });
      else await act('reply.record', { conferenceId, questionId: question.id, ...fields });
      form.clear();
      onDone();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="reply-form form" data-testid={RECORD_TID.replyForm} {...submitOn(save)}>
      <div className="reply-form-row">
        <Field label={t('record:reply.speaker')} field="participantId" errors={form.fields}>
          <select value={speaker} onChange={(e) => setSpeaker(e.target.value)} data-testid={RECORD_TID.replySpeaker}>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label && p.label !== p.name ? `${p.label} (${p.name})` : p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('record:reply.date')} field="repliedOn" errors={form.fields}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid={RECORD_TID.replyDate} />
        </Field>
      </div>
      <Field label={t('record:reply.text')} field="text" errors={form.fields} wide>
        <textarea data-autofocus rows={6} value={text} onChange={(e) => setText(e.target.value)} data-testid={RECORD_TID.replyText} />
      </Field>
      {reply && (
        <EditKindFields
          kind={kind}
          onKind={setKind}
          reason={reason}
          onReason={setReason}
          errors={form.fields}
          className="reply-form-row"
          testIds={{ kind: RECORD_TID.replyKind, reason: RECORD_TID.replyReason }}
        />
      )}
      <div data-testid={RECORD_TID.replyError}>
        <FormMessage message={form.message} />
      </div>
      <div className="form-actions">
        <button type="button" className="ghost" onClick={onDone} data-testid={RECORD_TID.replyCancel}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid={RECORD_TID.replySave}>
          {reply ? t('record:reply.update') : t('record:reply.save')}
        </button>
      </div>
    </form>
  );
}
