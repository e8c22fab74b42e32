import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain';
import { SUBMISSION_LIMITS, type SubmissionContext } from '../../../../shared/submission';
import { markReady } from '../../app/ready';
import { setLanguage } from '../../i18n';
import { request, toAppError } from '../../store/request';
import type { AppError } from '../../../../shared/errors';
import { submitProblem, type SubmitField } from './submit-error';
import { SUBMIT_TID } from './submit-testids';
import './submit.css';

/** Outlet and name are kept on the phone, so a reporter who asks again types only the question. */
const REMEMBERED = 'rostrum.submitter';

function remembered(): { outlet: string; reporter: string } {
  try {
    const value = JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as { outlet?: unknown; reporter?: unknown };
    return { outlet: typeof value.outlet === 'string' ? value.outlet : '', reporter: typeof value.reporter === 'string' ? value.reporter : '' };
  } catch {
    return { outlet: '', reporter: '' };
  }
}

function remember(outlet: string, reporter: string): void {
  try {
    localStorage.setItem(REMEMBERED, JSON.stringify({ outlet, reporter }));
  } catch {
    // storage disabled: typed again next time
  }
}

/**
 * The reporters' page (#/submit), opened from the QR code in the console with the submit token:
 * outlet, name and question, then "received". It knows only the conference's title and whether
 * it takes questions (submission.context), and calls nothing but submission.create: the server
 * refuses everything else to its token, and it opens no event socket (main.tsx).
 */
export function SubmitPage() {
  const { t, i18n } = useTranslation();
  const [context, setContext] = useState<SubmissionContext | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [{ outlet, reporter }, setWho] = useState(remembered);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  // the refusal itself, worded at each render: a change of language rewords it
  const [refusal, setRefusal] = useState<AppError | null>(null);

  useEffect(() => {
    request('submission.context', {})
      .then(setContext)
      .catch(() => setLoadFailed(true))
      .finally(markReady);
  }, []);

  async function send(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!context?.conferenceId || sending) return;
    setSending(true);
    try {
      await request('submission.create', { conferenceId: context.conferenceId, outlet, reporter, text, language: i18n.language as Language });
      remember(outlet, reporter);
      setSent(text.trim());
      setText('');
      setRefusal(null);
    } catch (failure) {
      setRefusal(toAppError(failure));
    } finally {
      setSending(false);
    }
  }

  const problem = refusal ? submitProblem(refusal, t) : null;
  const invalid = (field: SubmitField) => (problem?.field === field ? true : undefined);
  const open = context?.conferenceId != null && context.accepting;
  return (
    <main className="submit-page" data-testid={SUBMIT_TID.page}>
      <header className="submit-head">
        <div>
          <p className="submit-kicker">{t('submit:kicker')}</p>
          <h1 data-testid={SUBMIT_TID.title}>{context?.title || t('submit:title')}</h1>
        </div>
        <div className="submit-language" role="group" aria-label={t('submit:language')}>
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              aria-pressed={i18n.language === language}
              data-testid={`${SUBMIT_TID.language}-${language}`}
              onClick={() => setLanguage(language)}
            >
              {t(`submit:languages.${language}`)}
            </button>
          ))}
        </div>
      </header>

      {loadFailed ? <p className="submit-note is-error">{t('submit:error.network')}</p> : null}
      {context && !open ? (
        <p className="submit-note" data-testid={SUBMIT_TID.closed}>
          {t('submit:closed')}
        </p>
      ) : null}

      {open && sent !== null ? (
        <section className="submit-received" data-testid={SUBMIT_TID.received} aria-live="polite">
          <h2>{t('submit:received.title')}</h2>
          <p>{t('submit:received.body')}</p>
          <blockquote>{sent}</blockquote>
          <button type="button" className="submit-secondary" data-testid={SUBMIT_TID.another} onClick={() => setSent(null)}>
            {t('submit:received.another')}
          </button>
        </section>
      ) : null}

      {open && sent === null ? (
        <form className="submit-form" onSubmit={(event) => void send(event)} noValidate>
          <label>
            <span>{t('submit:field.outlet')}</span>
            <input
              value={outlet}
              maxLength={SUBMISSION_LIMITS.name}
              autoComplete="organization"
              required
              aria-invalid={invalid('outlet')}
              data-testid={SUBMIT_TID.outlet}
              onChange={(e) => setWho({ outlet: e.target.value, reporter })}
            />
          </label>
          <label>
            <span>{t('submit:field.reporter')}</span>
            <input
              value={reporter}
              maxLength={SUBMISSION_LIMITS.name}
              autoComplete="name"
              required
              aria-invalid={invalid('reporter')}
              data-testid={SUBMIT_TID.reporter}
              onChange={(e) => setWho({ outlet, reporter: e.target.value })}
            />
          </label>
          <label>
            <span>{t('submit:field.text')}</span>
            <textarea
              value={text}
              rows={6}
              maxLength={SUBMISSION_LIMITS.text}
              required
              aria-invalid={invalid('text')}
              aria-describedby="submit-counter"
              data-testid={SUBMIT_TID.text}
              onChange={(e) => {
                setText(e.target.value);
                setRefusal(null);
              }}
            />
            <span
              id="submit-counter"
              className={`submit-counter${text.length >= SUBMISSION_LIMITS.text ? ' is-full' : ''}`}
              data-testid={SUBMIT_TID.counter}
            >
              {t('submit:counter', { count: text.length, max: SUBMISSION_LIMITS.text })}
            </span>
          </label>
          {problem ? (
            <p className="submit-note is-error" role="alert" data-testid={SUBMIT_TID.error}>
              {problem.message}
            </p>
          ) : null}
          <button
            type="submit"
            className="submit-primary"
            disabled={sending || !outlet.trim() || !reporter.trim() || !text.trim()}
            data-testid={SUBMIT_TID.send}
          >
            {sending ? t('submit:sending') : t('submit:send')}
          </button>
          <p className="submit-fine">{t('submit:fine')}</p>
        </form>
      ) : null}
    </main>
  );
}
