import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HONORIFICS, ROLES, type Honorific, type Participant, type Person, type Role } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Field, FormMessage, useFormErrors } from '../../components/form';
import { Typeahead } from '../../components/Typeahead';
import { act } from '../../store/conference-store';
import { matchByText, useDirectory } from '../../store/directory-store';
import { request } from '../../store/request';

/**
 * Adds someone to the roster: type-ahead over the directory; a name not in it
 * opens a small form that creates the person, then puts them on the roster.
 */
export function PersonPicker({ conferenceId, participants }: { conferenceId: number; participants: readonly Participant[] }) {
  const { t } = useTranslation();
  const { people } = useDirectory();
  const form = useFormErrors();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [creating, setCreating] = useState<{ name: string; honorific: Honorific; position: string; organisation: string } | null>(null);
  const shownRole: Role = role ?? (participants.some((p) => p.role === 'host') ? 'spokesperson' : 'host');

  const onRoster = useMemo(() => new Set(participants.map((p) => p.personId)), [participants]);
  const options = useMemo(
    () =>
      matchByText(
        (people ?? []).filter((p) => !onRoster.has(p.id)),
        query,
        (p) => [p.name, p.organisation, p.position]
      ),
    [people, onRoster, query]
  );
  const exact = (people ?? []).some((p) => p.name === query.trim());

  async function add(person: Person): Promise<void> {
    try {
      await act('participant.add', { conferenceId, personId: person.id, role: shownRole });
      setQuery('');
      setRole(null);
      setCreating(null);
      form.clear();
      inputRef.current?.focus();
    } catch (error) {
      form.fail(error);
    }
  }

  async function createAndAdd(): Promise<void> {
    if (!creating) return;
    try {
      const person = await request('person.create', creating);
      await add(person);
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <div className="picker pad">
      <div className="picker-row">
        <Typeahead<Person>
          value={query}
          onChange={(text) => {
            setQuery(text);
            form.clear();
          }}
          options={options}
          optionKey={(p) => p.id}
          optionTestId={(p) => TID.personOption(p.id)}
          renderOption={(p) => (
            <span className="option">
              <strong>{p.name}</strong> {p.honorific}
              <span className="muted small"> {[p.position, p.organisation].filter(Boolean).join(' · ')}</span>
            </span>
          )}
          onPick={(p) => void add(p)}
          exactMatch={exact}
          createLabel={t('setup:roster.newPerson', { name: query.trim() })}
          createTestId={TID.personCreateOption}
          onCreate={() => setCreating({ name: query.trim(), honorific: '', position: '', organisation: '' })}
          inputRef={inputRef}
          inputProps={{
            placeholder: t('setup:roster.search'),
            'aria-label': t('setup:roster.search'),
            'data-testid': TID.personSearch
          }}
        />
        <select aria-label={t('setup:roster.role')} data-testid={TID.rosterRole} value={shownRole} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {creating ? (
        <form
          className="inline-create"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void createAndAdd();
          }}
        >
          <div className="field-row four">
            <Field label={t('setup:person.name')} field="name" errors={form.fields}>
              <input data-testid={TID.personCreate.name} value={creating.name} onChange={(e) => setCreating({ ...creating, name: e.target.value })} />
            </Field>
            <Field label={t('setup:person.honorific')} field="honorific" errors={form.fields}>
              <select
                data-testid={TID.personCreate.honorific}
                value={creating.honorific}
                onChange={(e) => setCreating({ ...creating, honorific: e.target.value as Honorific })}
              >
                {HONORIFICS.map((h) => (
                  <option key={h} value={h}>
                    {h || t('setup:person.noHonorific')}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('setup:person.position')} field="position" errors={form.fields}>
              <input
                data-testid={TID.personCreate.position}
                value={creating.position}
                autoFocus
                onChange={(e) => setCreating({ ...creating, position: e.target.value })}
              />
            </Field>
            <Field label={t('setup:person.organisation')} field="organisation" errors={form.fields}>
              <input
                data-testid={TID.personCreate.organisation}
                value={creating.organisation}
                onChange={(e) => setCreating({ ...creating, organisation: e.target.value })}
              />
            </Field>
          </div>
          <div className="form-actions">
            <button type="button" className="ghost" onClick={() => (setCreating(null), form.clear())}>
              {t('common:cancel')}
            </button>
            <button type="submit" className="primary" data-testid={TID.personCreate.submit}>
              {t('setup:roster.createAndAdd')}
            </button>
          </div>
        </form>
      ) : null}
      <FormMessage message={form.message} />
    </div>
  );
}
