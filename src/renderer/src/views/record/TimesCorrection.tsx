import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, EditKind, Language } from '../../../../shared/domain';
import { Field, FormMessage, useFormErrors } from '../../components/form';
import { Modal } from '../../components/Modal';
import { formatDateTime } from '../../i18n/format';
import { fromZonedDateTimeLocal, toZonedDateTimeLocal } from '../../i18n/zoned-time';
import { act } from '../../store/conference-store';
import { useRead } from '../../store/reads';
import { EditKindFields } from './EditKindFields';
import { RECORD_TID } from './testids';

/**
 * The review's correction of the conference's actual start and end, typed in
 * the conference's own zone, kept as a correction or an alteration with the
 * editor's name and reason; the exports' time line and END line follow it.
 */
export function TimesCorrectionButton({ conference, editor }: { conference: Conference; editor: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (conference.status !== 'ended') return null;
  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)} data-testid={RECORD_TID.timesOpen}>
        {t('record:times.open')}
      </button>
      {open ? (
        <Modal title={t('record:times.title')} onClose={() => setOpen(false)}>
          <TimesForm conference={conference} editor={editor} onDone={() => setOpen(false)} />
        </Modal>
      ) : null}
    </>
  );
}

function TimesForm({ conference, editor, onDone }: { conference: Conference; editor: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const zone = conference.timeZone;
  const form = useFormErrors();
  const [start, setStart] = useState(toZonedDateTimeLocal(conference.startedAt, zone));
  const [end, setEnd] = useState(toZonedDateTimeLocal(conference.endedAt, zone));
  const [kind, setKind] = useState<EditKind>('correction');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // a correction publishes a "conference" change: the history is asked again then
  const history =
    useRead('conference.timeHistory', { id: conference.id }, { topics: ['conference', 'conferences'], conferenceId: conference.id }).data ?? [];

  async function save(): Promise<void> {
    if (busy) return;
    const startedAt = fromZonedDateTimeLocal(start, zone);
    const endedAt = fromZonedDateTimeLocal(end, zone);
    if (startedAt === null) return form.refuse('startedAt', t('record:times.unreadable'));
    if (endedAt === null) return form.refuse('endedAt', t('record:times.unreadable'));
    // a field counts as changed when its text did: the form shows minutes, the record keeps milliseconds
    const changes = {
      ...(start !== toZonedDateTimeLocal(conference.startedAt, zone) ? { startedAt } : {}),
      ...(end !== toZonedDateTimeLocal(conference.endedAt, zone) ? { endedAt } : {})
    };
    if (Object.keys(changes).length === 0) return form.refuse('startedAt', t('record:times.nothingChanged'));
    setBusy(true);
    try {
      await act('conference.correctTimes', { id: conference.id, ...changes, kind, editor, reason });
      form.clear();
      onDone();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  const when = (ms: number | null) => (ms === null ? t('record:times.none') : formatDateTime(ms, language, zone));
  return (
    <form
      className="form times-form"
      data-testid={RECORD_TID.timesForm}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small">{t('record:times.zone', { zone })}</p>
      <div className="field-row">
        <Field label={t('record:times.start')} field="startedAt" errors={form.fields}>
          <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} data-testid={RECORD_TID.timesStart} data-autofocus />
        </Field>
        <Field label={t('record:times.end')} field="endedAt" errors={form.fields}>
          <input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} data-testid={RECORD_TID.timesEnd} />
        </Field>
      </div>
      <EditKindFields
        kind={kind}
        onKind={setKind}
        reason={reason}
        onReason={setReason}
        errors={form.fields}
        className="field-row"
        testIds={{ kind: RECORD_TID.timesKind, reason: RECORD_TID.timesReason }}
      />
      <div data-testid={RECORD_TID.timesError}>
        <FormMessage message={form.message} />
      </div>
      <div className="form-actions">
        <button type="button" className="ghost" onClick={onDone}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid={RECORD_TID.timesSave}>
          {t('record:times.save')}
        </button>
      </div>
      {history.length > 0 ? (
        <section data-testid={RECORD_TID.timesHistory}>
          <h3 className="form-section">{t('record:times.history')}</h3>
          <ol className="history">
            {history.map((entry) => (
              <li key={entry.id} data-testid={RECORD_TID.timesEntry} data-kind={entry.kind}>
                <div className="history-head">
                  <span className={`pill edit-${entry.kind}`}>{t(`review:history.kinds.${entry.kind}`)}</span>
                  <span className="muted small">
                    {formatDateTime(entry.at, language, zone)}
                    {entry.editor ? ` · ${entry.editor}` : ''}
                    {entry.reason ? ` · ${entry.reason}` : ''}
                  </span>
                </div>
                <div>
                  {t('record:times.entry', { field: t(`record:times.${entry.field}`), before: when(entry.before), after: when(entry.after) })}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </form>
  );
}
