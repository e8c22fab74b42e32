import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Turn } from '../../../../shared/domain';
import { LIMITS } from '../../../../shared/schemas';
import type { AppError } from '../../../../shared/errors';
import type { Redaction } from '../../../../shared/methods-export';
import { request, toAppError } from '../../store/request';
import { describeError } from '../../i18n/errors';
import { overlaps, snapSpan, spanOfQuote, type Span } from './redaction-span';
import { reloadRedactions, useTurnRedactions } from './redaction-store';
import { EXPORT_TID } from './testids';
import './export.css';

/** What the page had selected inside this turn when the tools were opened: a head start for the moderator. */
function pageSelectionIn(text: string): Span | null {
  const selected = typeof window === 'undefined' ? '' : (window.getSelection()?.toString() ?? '');
  return selected ? spanOfQuote(text, selected) : null;
}

/**
 * Redactions of one turn: a button that shows how many there are, and a panel
 * to mark more (select words in the turn's text, give a reason) and to remove
 * them. The turn's text is shown in a read-only field, so the selection's
 * offsets are exact whatever the page around it looks like.
 */
export function RedactionTools({ turn }: { turn: Pick<Turn, 'id' | 'conferenceId' | 'text'> }) {
  const { t } = useTranslation();
  const redactions = useTurnRedactions(turn.conferenceId, turn.id);
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState<Span | null>(null);
  const count = redactions.length;
  const stale = redactions.some((r) => r.stale);
  return (
    <div className={`redaction-tools${!open && count === 0 ? ' idle' : ''}`}>
      <button
        type="button"
        className={`ghost small redact-toggle${count ? ' has-redactions' : ''}${stale ? ' stale' : ''}`}
        aria-expanded={open}
        // read the page's selection before the click moves the focus and clears it
        onMouseDown={() => !open && setInitial(pageSelectionIn(turn.text))}
        onClick={() => setOpen(!open)}
        data-testid={EXPORT_TID.redactToggle(turn.id)}
      >
        {count ? t('export:redact.toggleCount', { count }) : t('export:redact.toggle')}
      </button>
      {open ? <RedactionPanel key={turn.text} turn={turn} redactions={redactions} initial={initial} /> : null}
    </div>
  );
}

function RedactionPanel({
  turn,
  redactions,
  initial
}: {
  turn: Pick<Turn, 'id' | 'conferenceId' | 'text'>;
  redactions: readonly Redaction[];
  initial: Span | null;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [span, setSpan] = useState<Span | null>(initial);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const readSelection = useCallback(() => {
    const el = area.current;
    if (el) setSpan(snapSpan(turn.text, el.selectionStart, el.selectionEnd));
  }, [turn.text]);

  // The field's own events, not React's onSelect (which misses a selection set by script or by assistive
  // tools): 'select' and 'selectionchange' fire on the field however its selection changed.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.addEventListener('select', readSelection);
    el.addEventListener('selectionchange', readSelection);
    return () => {
      el.removeEventListener('select', readSelection);
      el.removeEventListener('selectionchange', readSelection);
    };
  }, [readSelection]);

  // show the head-start selection in the field, where it can be adjusted
  useEffect(() => {
    if (initial && area.current) area.current.setSelectionRange(initial.start, initial.end);
  }, [initial]);
  const overlapping = span !== null && redactions.some((r) => !r.stale && overlaps(span, r));

  async function call(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      await reloadRedactions(turn.conferenceId);
      return true;
    } catch (failure) {
      setError(toAppError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function mark(): Promise<void> {
    if (!span) return;
    const done = await call(() => request('redaction.add', { turnId: turn.id, start: span.start, end: span.end, reason: reason.trim() }));
    if (done) {
      setSpan(null);
      setReason('');
      area.current?.setSelectionRange(0, 0);
    }
  }

  return (
    <div className="redact-panel" data-testid={EXPORT_TID.redactPanel}>
      <p className="muted small">{t('export:redact.instructions')}</p>
      <label className="field">
        <span className="field-label">{t('export:redact.text')}</span>
        <textarea
          ref={area}
          readOnly
          value={turn.text}
          rows={Math.min(8, Math.max(2, Math.ceil(turn.text.length / 60)))}
          onKeyUp={readSelection}
          onMouseUp={readSelection}
          dir="auto"
          data-testid={EXPORT_TID.redactText}
        />
      </label>
      <p className="small redact-selected" data-testid={EXPORT_TID.redactSelected}>
        {span ? (
          t('export:redact.selected', { quote: turn.text.slice(span.start, span.end) })
        ) : (
          <span className="muted">{t('export:redact.nothingSelected')}</span>
        )}
        {overlapping ? <span className="redact-overlap"> {t('export:redact.overlap')}</span> : null}
      </p>
      <div className="field-row redact-row">
        <label className="field">
          <span className="field-label">{t('export:redact.reason')}</span>
          <input
            value={reason}
            maxLength={LIMITS.line}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && span && !busy) void mark();
            }}
            placeholder={t('export:redact.reasonPlaceholder')}
            data-testid={EXPORT_TID.redactReason}
          />
        </label>
        <button type="button" className="primary" disabled={!span || busy} onClick={() => void mark()} data-testid={EXPORT_TID.redactSubmit}>
          {t('export:redact.submit')}
        </button>
      </div>
      {error ? (
        <p className="form-message" role="alert" data-testid={EXPORT_TID.redactError}>
          {describeError(error, t).message}
        </p>
      ) : null}
      <h4 className="field-label">{t('export:redact.list')}</h4>
      {redactions.length === 0 ? <p className="muted small">{t('export:redact.none')}</p> : null}
      <ul className="redaction-list">
        {redactions.map((r) => (
          <li key={r.id} data-testid={EXPORT_TID.redaction(r.id)} data-stale={r.stale}>
            <mark dir="auto">{r.quote}</mark>
            <span className="muted small"> · {r.reason || t('export:redact.noReason')}</span>
            {r.stale ? <span className="redact-stale small"> · {t('export:redact.stale')}</span> : null}
            <button
              type="button"
              className="icon danger"
              disabled={busy}
              onClick={() => void call(() => request('redaction.remove', { id: r.id }))}
              aria-label={t('export:redact.remove')}
              title={t('export:redact.remove')}
              data-testid={EXPORT_TID.redactionRemove(r.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
