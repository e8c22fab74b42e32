import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import type { AnswerCard, PreparedQuestion } from '../../../../shared/prepared';
import { Field, FormMessage, useFormErrors, submitOn } from '../../components/form';
import { request } from '../../store/request';
import { PREPARED_TID } from './testids';
import { SpokespersonSelect } from '../../components/SpokespersonSelect';

const TEXTS = ['points', 'figures', 'usePhrases', 'avoidPhrases'] as const;
const TEXT_TID = { points: 'points', figures: 'figures', usePhrases: 'use', avoidPhrases: 'avoid' } as const;

function short(text: string, max = 40): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * An answer-point card (口径) for one spokesperson: new, or `editing`. Its links to
 * prepared questions go with a new card in one call; on an edit each link added or
 * removed is its own call (cards.link / cards.unlink), after the card's fields.
 */
export function CardForm({
  conferenceId,
  spokespeople,
  prepared,
  editing,
  onDone
}: {
  conferenceId: number;
  spokespeople: readonly Participant[];
  prepared: readonly PreparedQuestion[];
  editing?: AnswerCard;
  onDone: () => void;
}) {
  const { t } = useTranslation('prepared');
  const form = useFormErrors();
  const [participant, setParticipant] = useState(editing?.participantId ? String(editing.participantId) : '');
  const [topic, setTopic] = useState(editing?.topic ?? '');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [texts, setTexts] = useState({
    points: editing?.points ?? '',
    figures: editing?.figures ?? '',
    usePhrases: editing?.usePhrases ?? '',
    avoidPhrases: editing?.avoidPhrases ?? ''
  });
  const [doNotVolunteer, setDnv] = useState(editing?.doNotVolunteer ?? false);
  const [keywords, setKeywords] = useState(editing?.keywords ?? '');
  const [links, setLinks] = useState<number[]>(editing?.preparedIds ?? []);
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    if (busy) return;
    setBusy(true);
    const fields = { participantId: participant ? Number(participant) : null, topic, title, ...texts, doNotVolunteer, keywords };
    try {
      if (editing) {
        await request('cards.update', { id: editing.id, ...fields });
        for (const preparedId of links.filter((id) => !editing.preparedIds.includes(id)))
          await request('cards.link', { cardId: editing.id, preparedId });
        for (const preparedId of editing.preparedIds.filter((id) => !links.includes(id)))
          await request('cards.unlink', { cardId: editing.id, preparedId });
      } else await request('cards.create', { conferenceId, ...fields, preparedIds: links });
      onDone();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card-form" {...submitOn(submit)}>
      <div className="prepared-form-row">
        <Field label={t('cards.title')} field="title" errors={form.fields}>
          <input data-testid={PREPARED_TID.cardForm.title} value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus />
        </Field>
        <Field label={t('cards.spokesperson')} field="participantId" errors={form.fields}>
          <SpokespersonSelect
            spokespeople={spokespeople}
            value={participant}
            onChange={setParticipant}
            noneLabel={t('cards.anySpokesperson')}
            testId={PREPARED_TID.cardForm.participant}
          />
        </Field>
        <Field label={t('columns.topic')} field="topic" errors={form.fields}>
          <input data-testid={PREPARED_TID.cardForm.topic} value={topic} onChange={(e) => setTopic(e.target.value)} />
        </Field>
      </div>
      <div className="card-form-texts">
        {TEXTS.map((key) => (
          <Field key={key} label={t(`cards.${key}`)} field={key} errors={form.fields}>
            <textarea
              rows={key === 'points' ? 4 : 2}
              data-testid={PREPARED_TID.cardForm[TEXT_TID[key]]}
              value={texts[key]}
              onChange={(e) => setTexts((s) => ({ ...s, [key]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <div className="prepared-form-row">
        <Field label={t('cards.keywords')} field="keywords" errors={form.fields} hint={t('cards.keywordsHint')}>
          <input data-testid={PREPARED_TID.cardForm.keywords} value={keywords} onChange={(e) => setKeywords(e.target.value)} />
        </Field>
        <label className="check dnv-check">
          <input
            type="checkbox"
            data-testid={PREPARED_TID.cardForm.doNotVolunteer}
            checked={doNotVolunteer}
            onChange={(e) => setDnv(e.target.checked)}
          />
          {t('cards.doNotVolunteer')}
        </label>
      </div>
      <Field label={t('cards.links')} field="preparedIds" errors={form.fields} hint={t('cards.linksHint')} wide>
        <select
          multiple
          size={Math.min(6, Math.max(2, prepared.length))}
          data-testid={PREPARED_TID.cardForm.links}
          value={links.map(String)}
          onChange={(e) => setLinks([...e.target.selectedOptions].map((o) => Number(o.value)))}
        >
          {prepared.map((q, i) => (
            <option key={q.id} value={q.id}>
              {i + 1}. {q.outletName ? `${q.outletName}: ` : ''}
              {short(q.text)}
            </option>
          ))}
        </select>
      </Field>
      <FormMessage message={Object.keys(form.fields).length > 0 ? null : form.message} />
      <div className="prepared-form-actions">
        <button type="button" onClick={onDone} data-testid={PREPARED_TID.cardForm.cancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid={PREPARED_TID.cardForm.submit}>
          {editing ? t('form.save') : t('cards.add')}
        </button>
      </div>
    </form>
  );
}
