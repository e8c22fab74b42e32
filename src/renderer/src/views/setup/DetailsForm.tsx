import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, EditingStandard, GroundRules, Language } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Field, FormMessage, useFormErrors } from '../../components/form';
import { Kbd } from '../../components/Kbd';
import { fromZonedDateTimeLocal, toZonedDateTimeLocal } from '../../i18n/zoned-time';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { act } from '../../store/conference-store';
import { notify } from '../../store/notices';
import { parseMinutes, toMinutesText } from '../minutes';
import { ConferenceRulesFields } from '../record/ConferenceRulesFields';

interface Draft {
  title: string;
  topic: string;
  organiser: string;
  venue: string;
  scheduledStart: string;
  plannedMinutes: string;
  language: Language;
  source: string;
  author: string;
  publishedAt: string;
  lead: string;
  credits: string;
  editingStandard: EditingStandard;
  timeZone: string;
  groundRules: string;
  embargoUntil: string;
}

function draftOf(c: Conference): Draft {
  return {
    title: c.title,
    topic: c.topic,
    organiser: c.organiser,
    venue: c.venue,
    // the room's clock: times are typed and shown in the conference's own zone
    scheduledStart: toZonedDateTimeLocal(c.scheduledStart, c.timeZone),
    plannedMinutes: toMinutesText(c.plannedSeconds),
    language: c.language,
    source: c.header.source,
    author: c.header.author,
    publishedAt: c.header.publishedAt,
    lead: c.header.lead,
    credits: c.header.credits,
    editingStandard: c.header.editingStandard,
    timeZone: c.timeZone,
    groundRules: c.groundRules ?? '',
    embargoUntil: toZonedDateTimeLocal(c.embargoUntil, c.timeZone)
  };
}

/** The zone typed, when Intl knows it; else UTC, only to read the times (the server then refuses the zone by name). */
function zoneOf(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** The conference's details and its transcript header; saved with the button or Ctrl+S. */
export function DetailsForm({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  // null: nothing typed, show what the server has (another window may change it)
  const [edits, setEdits] = useState<Partial<Draft> | null>(null);
  const [busy, setBusy] = useState(false);
  const draft: Draft = { ...draftOf(conference), ...edits };
  const dirty = edits !== null;

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setEdits((prev) => ({ ...prev, [key]: e.target.value }));

  async function save(): Promise<void> {
    if (!dirty || busy) return;
    const plannedSeconds = parseMinutes(draft.plannedMinutes);
    if (plannedSeconds === null) return form.refuse('plannedSeconds', t('errors:reason.minutes'));
    setBusy(true);
    try {
      await act('conference.update', {
        id: conference.id,
        title: draft.title,
        topic: draft.topic,
        organiser: draft.organiser,
        venue: draft.venue,
        scheduledStart: fromZonedDateTimeLocal(draft.scheduledStart, zoneOf(draft.timeZone)),
        plannedSeconds,
        language: draft.language,
        timeZone: draft.timeZone.trim(),
        groundRules: (draft.groundRules || null) as GroundRules | null,
        embargoUntil: fromZonedDateTimeLocal(draft.embargoUntil, zoneOf(draft.timeZone)),
        header: {
          source: draft.source,
          author: draft.author,
          publishedAt: draft.publishedAt,
          lead: draft.lead,
          credits: draft.credits,
          editingStandard: draft.editingStandard
        }
      });
      setEdits(null);
      form.clear();
      notify('info', t('setup:details.saved'));
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  useShortcuts({ save: () => void save() });

  const text = (key: keyof Draft, field: string, testId: string, label: string, wide = false) => (
    <Field label={label} field={field} errors={form.fields} wide={wide}>
      <input data-testid={testId} value={draft[key]} onChange={set(key)} />
    </Field>
  );

  return (
    <form
      className="panel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <header className="panel-head">
        <h2>{t('setup:details.heading')}</h2>
        {dirty ? <span className="dirty-mark">{t('setup:details.unsaved')}</span> : null}
      </header>
      <div className="form pad">
        {text('title', 'title', TID.details.title, t('setup:details.title'), true)}
        {text('topic', 'topic', TID.details.topic, t('setup:details.topic'), true)}
        <div className="field-row">
          {text('organiser', 'organiser', TID.details.organiser, t('setup:details.organiser'))}
          {text('venue', 'venue', TID.details.venue, t('setup:details.venue'))}
        </div>
        <div className="field-row three">
          <Field label={t('setup:details.scheduledStart')} field="scheduledStart" errors={form.fields}>
            <input type="datetime-local" data-testid={TID.details.scheduledStart} value={draft.scheduledStart} onChange={set('scheduledStart')} />
          </Field>
          <Field label={t('setup:details.plannedMinutes')} field="plannedSeconds" errors={form.fields}>
            <input inputMode="numeric" data-testid={TID.details.plannedMinutes} value={draft.plannedMinutes} onChange={set('plannedMinutes')} />
          </Field>
          <Field label={t('setup:details.language')} field="language" errors={form.fields}>
            <select data-testid={TID.details.language} value={draft.language} onChange={set('language')}>
              <option value="zh">{t('common:conferenceLanguage.zh')}</option>
              <option value="en">{t('common:conferenceLanguage.en')}</option>
            </select>
          </Field>
        </div>

        <ConferenceRulesFields draft={draft} onChange={set} errors={form.fields} />

        <h3 className="form-section">{t('setup:header.heading')}</h3>
        <div className="field-row three">
          {text('source', 'header.source', TID.details.source, t('setup:header.source'))}
          {text('author', 'header.author', TID.details.author, t('setup:header.author'))}
          {text('publishedAt', 'header.publishedAt', TID.details.publishedAt, t('setup:header.publishedAt'))}
        </div>
        <Field label={t('setup:header.lead')} field="header.lead" errors={form.fields} wide>
          <textarea rows={3} data-testid={TID.details.lead} value={draft.lead} onChange={set('lead')} />
        </Field>
        <div className="field-row">
          <Field label={t('setup:header.credits')} field="header.credits" errors={form.fields}>
            <input data-testid={TID.details.credits} value={draft.credits} onChange={set('credits')} placeholder={t('setup:header.creditsExample')} />
          </Field>
          <Field label={t('setup:header.editingStandard')} field="header.editingStandard" errors={form.fields}>
            <select data-testid={TID.details.editingStandard} value={draft.editingStandard} onChange={set('editingStandard')}>
              <option value="edited">{t('setup:header.standards.edited')}</option>
              <option value="verbatim">{t('setup:header.standards.verbatim')}</option>
            </select>
          </Field>
        </div>
        <FormMessage message={form.message} />
        <div className="form-actions">
          {dirty ? (
            <button type="button" className="ghost" onClick={() => (setEdits(null), form.clear())}>
              {t('common:discard')}
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={!dirty || busy} data-testid={TID.details.save}>
            {t('common:save')} <Kbd id="save" />
          </button>
        </div>
      </div>
    </form>
  );
}
