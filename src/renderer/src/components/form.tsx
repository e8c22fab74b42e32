import { useCallback, useState, type FormHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../app/testids';
import { describeError } from '../i18n/errors';
import { toAppError } from '../store/request';

/**
 * A form's refusal: one sentence for the form, and a reason next to each field
 * the server named (details.field / details.issues). Nothing is half-saved:
 * the server runs each call in one transaction, and the form keeps what was typed.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ message: string | null; fields: Record<string, string> }>({
    message: null,
    fields: {}
  });
  const fail = useCallback(
    (error: unknown) => {
      const friendly = describeError(toAppError(error), t);
      setState({ message: friendly.message, fields: friendly.fields });
    },
    [t]
  );
  const clear = useCallback(() => setState({ message: null, fields: {} }), []);
  /** A refusal found before calling the server (e.g. a number that is not one). */
  const refuse = useCallback((field: string, reason: string) => {
    setState({ message: reason, fields: { [field]: reason } });
  }, []);
  return { message: state.message, fields: state.fields, fail, clear, refuse };
}

export function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  const text = errors[field];
  if (!text) return null;
  return (
    <span className="field-error" role="alert" data-testid={TID.fieldError(field)}>
      {text}
    </span>
  );
}

/** A labelled field with its error underneath. `field` is the name the server uses for it. */
export function Field({
  label,
  field,
  errors,
  children,
  hint,
  wide
}: {
  label: ReactNode;
  field: string;
  errors: Record<string, string>;
  children: ReactNode;
  hint?: ReactNode;
  wide?: boolean;
}) {
  const invalid = Boolean(errors[field]);
  return (
    <label className={`field${invalid ? ' has-error' : ''}${wide ? ' wide' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {hint && !invalid ? <span className="field-hint">{hint}</span> : null}
      <FieldError field={field} errors={errors} />
    </label>
  );
}

export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-message" role="alert">
      {message}
    </p>
  );
}

/** A form that submits by its button, by Enter in a one-line field, and by Ctrl/⌘+Enter anywhere in it (a text area too). */
export function submitOn(submit: () => unknown): Pick<FormHTMLAttributes<HTMLFormElement>, 'noValidate' | 'onSubmit' | 'onKeyDown'> {
  return {
    noValidate: true,
    onSubmit: (e) => {
      e.preventDefault();
      void submit();
    },
    onKeyDown: (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void submit();
      }
    }
  };
}
