import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTLET_CATEGORIES, type ConferenceDetail, type Outlet, type OutletCategory } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { CategoryBadge } from '../../components/badges';
import { FieldError, FormMessage, useFormErrors } from '../../components/form';
import { Kbd } from '../../components/Kbd';
import { Typeahead } from '../../components/Typeahead';
import { act } from '../../store/conference-store';
import { matchByText, useDirectory } from '../../store/directory-store';
import { setLiveUi, useFocusRequest, useLiveUi } from '../../store/live-ui';
import { CategorySelect } from '../../components/CategorySelect';
import { PreparedOffers } from './PreparedOffers';
import { SpokespersonSelect } from '../../components/SpokespersonSelect';

const LAST_CATEGORY_KEY = 'rostrum.lastOutletCategory';
/** The fields of the server's refusal that belong beside the outlet box. */
const OUTLET_FIELDS = ['outletId', 'newOutlet', 'newOutlet.name', 'newOutlet.category'] as const;

function lastCategory(): OutletCategory {
  try {
    const value = localStorage.getItem(LAST_CATEGORY_KEY);
    return (OUTLET_CATEGORIES as readonly string[]).includes(value ?? '') ? (value as OutletCategory) : 'local';
  } catch {
    return 'local';
  }
}

/**
 * Registers a question in seconds: Q, type a few characters of the outlet,
 * Enter (picks it and moves on), the gist, Enter. An outlet not in the
 * directory is created on the way, with a category.
 */
export function RegisterForm({ detail, outlets }: { detail: ConferenceDetail; outlets: ReadonlyMap<number, Outlet> }) {
  const { t } = useTranslation();
  const { outlets: directory } = useDirectory();
  const form = useFormErrors();
  const outletRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const followUpOf = useLiveUi((s) => s.followUpOf);
  const [outletText, setOutletText] = useState('');
  const [outletId, setOutletId] = useState<number | null>(null);
  const [category, setCategory] = useState<OutletCategory>(lastCategory);
  const [reporter, setReporter] = useState('');
  const [text, setText] = useState('');
  const [addressedTo, setAddressedTo] = useState('');
  const [busy, setBusy] = useState(false);
  const conferenceId = detail.conference.id;
  const followed = followUpOf !== null ? detail.questions.find((q) => q.id === followUpOf) : undefined;

  // a follow-up already knows its outlet: the gist is what is left to type
  useFocusRequest('register', followUpOf !== null ? textRef : outletRef);

  // a follow-up comes from the same outlet and reporter as the question it follows
  const [followSeen, setFollowSeen] = useState<number | null>(null);
  if (followed && followSeen !== followed.id) {
    setFollowSeen(followed.id);
    setOutletId(followed.outletId);
    setOutletText(followed.outletId !== null ? (outlets.get(followed.outletId)?.name ?? '') : '');
    setReporter(followed.reporterName);
    setAddressedTo(followed.addressedToId !== null ? String(followed.addressedToId) : '');
  }

  const options = useMemo(() => matchByText(directory ?? [], outletText, (o) => [o.name], 6), [directory, outletText]);
  const exact = (directory ?? []).find((o) => o.name === outletText.trim());
  const isNew = outletText.trim() !== '' && outletId === null && !exact;
  /** the outlet the form names, picked or typed in full: its prepared questions are offered */
  const knownOutletId = outletId ?? exact?.id ?? null;
  const spokespeople = detail.participants.filter((p) => p.role !== 'host');
  const outletError = OUTLET_FIELDS.some((field) => form.fields[field]);

  function reset(): void {
    setOutletText('');
    setOutletId(null);
    setReporter('');
    setText('');
    setAddressedTo('');
    setFollowSeen(null);
    setLiveUi({ followUpOf: null });
    form.clear();
  }

  async function submit(): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      const id = outletId ?? exact?.id ?? null;
      const name = outletText.trim();
      // a new outlet goes with the question in one call: a refused question leaves no outlet behind
      const newOutlet = id === null && name ? { name, category } : undefined;
      await act('question.register', {
        conferenceId,
        outletId: id,
        ...(newOutlet ? { newOutlet } : {}),
        reporterName: reporter,
        text,
        addressedToId: addressedTo ? Number(addressedTo) : null,
        followUpOf: followUpOf
      });
      if (newOutlet) {
        try {
          localStorage.setItem(LAST_CATEGORY_KEY, category);
        } catch {
          // storage disabled: the default category stays
        }
      }
      reset();
      outletRef.current?.focus();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="register-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        } else if (e.key === 'Escape' && !e.defaultPrevented) {
          if (followUpOf !== null) reset();
          (e.target as HTMLElement).blur();
        }
      }}
    >
      {followed ? (
        <div className="follow-banner" data-testid={TID.followUpBanner}>
          ↳ {t('live:register.followUp', { outlet: outlets.get(followed.outletId ?? -1)?.name ?? followed.reporterName })}
          <button type="button" className="icon" aria-label={t('common:cancel')} onClick={reset}>
            ✕
          </button>
        </div>
      ) : null}
      <div className="register-row">
        <div className={`register-outlet${outletError ? ' has-error' : ''}`}>
          <Typeahead<Outlet>
            value={outletText}
            onChange={(value) => {
              setOutletText(value);
              setOutletId(null);
            }}
            options={options}
            optionKey={(o) => o.id}
            optionTestId={(o) => TID.register.outletOption(o.id)}
            renderOption={(o) => (
              <span className="option">
                {o.name} <CategoryBadge category={o.category} />
              </span>
            )}
            onPick={(o) => {
              setOutletId(o.id);
              setOutletText(o.name);
              textRef.current?.focus();
            }}
            exactMatch={Boolean(exact)}
            createLabel={t('live:register.newOutlet', { name: outletText.trim() })}
            createTestId={TID.register.outletCreate}
            onCreate={() => textRef.current?.focus()}
            inputRef={outletRef}
            inputProps={{
              placeholder: t('live:register.outlet'),
              'aria-label': t('live:register.outlet'),
              'data-testid': TID.register.outlet
            }}
          />
          {OUTLET_FIELDS.map((field) => (
            <FieldError key={field} field={field} errors={form.fields} />
          ))}
        </div>
        {isNew ? (
          <CategorySelect ariaLabel={t('live:register.category')} testId={TID.register.outletCategory} value={category} onChange={setCategory} />
        ) : null}
        <input
          className="register-reporter"
          placeholder={t('live:register.reporter')}
          aria-label={t('live:register.reporter')}
          data-testid={TID.register.reporter}
          value={reporter}
          onChange={(e) => setReporter(e.target.value)}
        />
      </div>
      <div className="register-row">
        <input
          ref={textRef}
          className="register-text"
          placeholder={t('live:register.textPlaceholder')}
          aria-label={t('live:register.text')}
          data-testid={TID.register.text}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <SpokespersonSelect
          spokespeople={spokespeople}
          value={addressedTo}
          onChange={setAddressedTo}
          noneLabel={t('live:register.anyone')}
          testId={TID.register.addressedTo}
          ariaLabel={t('live:register.addressedTo')}
        />
        <button type="submit" className="primary" disabled={busy} data-testid={TID.register.submit}>
          {t('live:register.submit')} <Kbd combo="Enter" />
        </button>
      </div>
      <FieldError field="text" errors={form.fields} />
      <FieldError field="reporterName" errors={form.fields} />
      <FormMessage message={form.fields.text || form.fields.reporterName || outletError ? null : form.message} />
      {knownOutletId !== null ? (
        <PreparedOffers
          key={knownOutletId}
          conferenceId={conferenceId}
          outletId={knownOutletId}
          followUpOf={followUpOf}
          onTaken={() => {
            reset();
            outletRef.current?.focus();
          }}
        />
      ) : null}
      <div className="register-hint muted small">
        {t('live:register.hint')} <Kbd id="register" />
      </div>
    </form>
  );
}
