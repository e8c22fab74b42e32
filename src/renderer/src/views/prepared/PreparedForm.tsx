import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outlet, OutletCategory, Participant } from '../../../../shared/domain';
import type { PreparedQuestion } from '../../../../shared/prepared';
import { CategorySelect } from '../../components/CategorySelect';
import { Field, FormMessage, useFormErrors, submitOn } from '../../components/form';
import { Typeahead } from '../../components/Typeahead';
import { matchByText, useDirectory } from '../../store/directory-store';
import { request } from '../../store/request';
import { PREPARED_TID } from './testids';
import { SpokespersonSelect } from '../../components/SpokespersonSelect';

/**
 * Adds a prepared question, or edits one (`editing`). An outlet not in the
 * directory is created with the question, in the same call; an edit can only
 * pick an outlet of the directory (the edit method creates none).
 */
export function PreparedForm({
  conferenceId,
  spokespeople,
  topics,
  editing,
  onDone
}: {
  conferenceId: number;
  spokespeople: readonly Participant[];
  topics: readonly string[];
  editing?: PreparedQuestion;
  onDone?: () => void;
}) {
  const { t } = useTranslation('prepared');
  const { outlets } = useDirectory();
  const form = useFormErrors();
  const [outletText, setOutletText] = useState(editing?.outletName ?? '');
  const [outletId, setOutletId] = useState<number | null>(editing?.outletId ?? null);
  const [category, setCategory] = useState<OutletCategory>('local');
  const [reporter, setReporter] = useState(editing?.reporterName ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [addressedTo, setAddressedTo] = useState(editing?.addressedToId ? String(editing.addressedToId) : '');
  const [topic, setTopic] = useState(editing?.topic ?? '');
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => matchByText(outlets ?? [], outletText, (o) => [o.name], 6), [outlets, outletText]);
  const exact = (outlets ?? []).find((o) => o.name === outletText.trim());
  const chosen = outletId ?? exact?.id ?? null;
  const isNew = outletText.trim() !== '' && chosen === null;
  const topicList = `prepared-topics-${editing?.id ?? 'new'}`;

  async function submit(): Promise<void> {
    if (busy) return;
    const fields = { reporterName: reporter, text, addressedToId: addressedTo ? Number(addressedTo) : null, topic };
    if (editing && isNew) return form.refuse('outletId', t('form.pickOutlet'));
    setBusy(true);
    try {
      if (editing) await request('prepared.update', { id: editing.id, outletId: outletText.trim() ? chosen : null, ...fields });
      else {
        const newOutlet = isNew ? { name: outletText.trim(), category } : undefined;
        await request('prepared.create', { conferenceId, outletId: chosen, ...(newOutlet ? { newOutlet } : {}), ...fields });
        setOutletText('');
        setOutletId(null);
        setReporter('');
        setText('');
      }
      form.clear();
      onDone?.();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="prepared-form" {...submitOn(submit)}>
      <div className="prepared-form-row">
        <Field
          label={t('columns.outlet')}
          field="outletId"
          errors={{ ...form.fields, outletId: form.fields.outletId ?? form.fields['newOutlet.name'] ?? '' }}
        >
          <Typeahead<Outlet>
            value={outletText}
            onChange={(value) => {
              setOutletText(value);
              setOutletId(null);
            }}
            options={options}
            optionKey={(o) => o.id}
            renderOption={(o) => o.name}
            onPick={(o) => {
              setOutletId(o.id);
              setOutletText(o.name);
            }}
            exactMatch={Boolean(exact)}
            inputProps={{ 'data-testid': PREPARED_TID.form.outlet, placeholder: t('form.outletPlaceholder') }}
          />
        </Field>
        {isNew && !editing ? (
          <Field label={t('form.category')} field="newOutlet.category" errors={form.fields}>
            <CategorySelect testId={PREPARED_TID.form.category} value={category} onChange={setCategory} />
          </Field>
        ) : null}
        <Field label={t('columns.reporter')} field="reporterName" errors={form.fields}>
          <input data-testid={PREPARED_TID.form.reporter} value={reporter} onChange={(e) => setReporter(e.target.value)} />
        </Field>
        <Field label={t('columns.addressedTo')} field="addressedToId" errors={form.fields}>
          <SpokespersonSelect
            spokespeople={spokespeople}
            value={addressedTo}
            onChange={setAddressedTo}
            noneLabel={t('form.anyone')}
            testId={PREPARED_TID.form.addressedTo}
          />
        </Field>
        <Field label={t('columns.topic')} field="topic" errors={form.fields}>
          <input data-testid={PREPARED_TID.form.topic} list={topicList} value={topic} onChange={(e) => setTopic(e.target.value)} />
          <datalist id={topicList}>
            {topics.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </Field>
      </div>
      <Field label={t('columns.question')} field="text" errors={form.fields} wide>
        <textarea data-testid={PREPARED_TID.form.text} rows={editing ? 3 : 2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <FormMessage message={Object.keys(form.fields).length > 0 ? null : form.message} />
      <div className="prepared-form-actions">
        {editing ? (
          <button type="button" onClick={onDone} data-testid={PREPARED_TID.form.cancel}>
            {t('form.cancel')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy} data-testid={PREPARED_TID.form.submit}>
          {editing ? t('form.save') : t('form.add')}
        </button>
      </div>
    </form>
  );
}
