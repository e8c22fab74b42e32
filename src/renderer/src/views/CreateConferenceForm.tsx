import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate, Language } from '../../../shared/domain';
import { conferencePath, navigate } from '../app/router';
import { TID } from '../app/testids';
import { Field, FormMessage, useFormErrors } from '../components/form';
import { fromDateTimeLocal } from '../i18n/format';
import { act } from '../store/conference-store';
import { parseMinutes } from './minutes';

/** Create a draft conference; its agenda comes from a template. */
export function CreateConferenceForm() {
  const { t, i18n } = useTranslation();
  const form = useFormErrors();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'zh');
  const [template, setTemplate] = useState<AgendaTemplate>('standard');
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('75');
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    const plannedSeconds = parseMinutes(minutes);
    if (plannedSeconds === null) return form.refuse('plannedSeconds', t('errors:reason.minutes'));
    setBusy(true);
    try {
      const conference = await act('conference.create', {
        title,
        language,
        template,
        scheduledStart: fromDateTimeLocal(start),
        plannedSeconds
      });
      form.clear();
      navigate(conferencePath(conference.id, 'setup'));
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel create-panel">
      <header className="panel-head">
        <h2>{t('list:create.title')}</h2>
      </header>
      <form
        className="form pad"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={t('setup:details.title')} field="title" errors={form.fields}>
          <input data-testid={TID.create.title} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </Field>
        <div className="field-row">
          <Field label={t('setup:details.language')} field="language" errors={form.fields}>
            <select data-testid={TID.create.language} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="zh">{t('common:conferenceLanguage.zh')}</option>
              <option value="en">{t('common:conferenceLanguage.en')}</option>
            </select>
          </Field>
          <Field label={t('list:create.template')} field="template" errors={form.fields}>
            <select data-testid={TID.create.template} value={template} onChange={(e) => setTemplate(e.target.value as AgendaTemplate)}>
              <option value="standard">{t('list:create.templates.standard')}</option>
              <option value="empty">{t('list:create.templates.empty')}</option>
            </select>
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('setup:details.scheduledStart')} field="scheduledStart" errors={form.fields}>
            <input type="datetime-local" data-testid={TID.create.scheduledStart} value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field label={t('setup:details.plannedMinutes')} field="plannedSeconds" errors={form.fields}>
            <input inputMode="numeric" data-testid={TID.create.plannedMinutes} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
        </div>
        <FormMessage message={form.message} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy} data-testid={TID.create.submit}>
            {t('list:create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
