import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../app/testids';
import { describeError } from '../i18n/errors';
import { toAppError } from '../store/request';

type Props = {
  value: string;
  /** saves the new text; a rejection keeps the draft and shows the reason */
  onCommit: (text: string) => Promise<unknown>;
  testId?: string;
  multiline?: boolean;
  rows?: number;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'>;

/**
 * Text edited in place: saved when the field is left or Enter is pressed
 * (Ctrl+Enter in a multi-line field), put back with Esc.
 */
export function InlineInput({ value, onCommit, testId, multiline, rows, className, ...rest }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  /** the reason, and the field the server named (for its test id, as every form's fieldError(field)) */
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const shown = draft ?? value;

  async function commit(): Promise<void> {
    if (draft === null || draft === value) {
      setDraft(null);
      return;
    }
    try {
      await onCommit(draft);
      setDraft(null);
      setError(null);
    } catch (failure) {
      const friendly = describeError(toAppError(failure), t);
      const [field, text] = Object.entries(friendly.fields)[0] ?? [friendly.field ?? 'form', friendly.message];
      setError({ field, text });
    }
  }

  const common = {
    className: `inline-input${error ? ' invalid' : ''} ${className ?? ''}`,
    'data-testid': testId,
    'aria-invalid': error ? true : undefined,
    value: shown,
    onBlur: () => void commit()
  };

  return (
    <span className="inline-field">
      {multiline ? (
        <textarea
          {...common}
          rows={rows ?? 3}
          aria-label={rest['aria-label']}
          placeholder={rest.placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void commit();
            }
          }}
        />
      ) : (
        <input
          {...rest}
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            } else if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            }
          }}
        />
      )}
      {error ? (
        <span className="field-error" role="alert" data-testid={TID.fieldError(error.field)}>
          {error.text}
        </span>
      ) : null}
    </span>
  );
}
