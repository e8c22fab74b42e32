import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/errors';
import { SUBMISSION_LIMITS } from '../../../../shared/submission';

/** The form's fields, as the server names them in a refusal. */
export type SubmitField = 'outlet' | 'reporter' | 'text';
const FIELDS: readonly string[] = ['outlet', 'reporter', 'text'];

export interface SubmitProblem {
  message: string;
  field: SubmitField | null;
}

/**
 * A refusal in the reporter's words: the phone's user has no console to look at,
 * so each case the server can answer gets its own sentence (closed, waiting, too many, too long).
 */
export function submitProblem(error: AppError, t: TFunction): SubmitProblem {
  const field = FIELDS.includes(String(error.details?.field)) ? (error.details!.field as SubmitField) : null;
  switch (error.code) {
    case 'rate_limited':
      return { message: t('submit:error.rateLimited', { seconds: Number(error.details?.retryAfterSeconds ?? 20) }), field: null };
    case 'conflict':
      return { message: t('submit:error.waiting'), field: null };
    case 'invalid_state':
    case 'not_found':
      return { message: t('submit:error.closed'), field: null };
    case 'invalid_input': {
      if (field === null) return { message: t('submit:error.invalid'), field: null };
      const reason = /at most/.test(error.message)
        ? t('submit:error.tooLong', { max: field === 'text' ? SUBMISSION_LIMITS.text : SUBMISSION_LIMITS.name })
        : /empty/.test(error.message)
          ? t('submit:error.empty')
          : t('submit:error.invalid');
      return { message: `${t(`submit:field.${field}`)}: ${reason}`, field };
    }
    case 'internal':
      return { message: t('submit:error.network'), field: null };
    default:
      return { message: t('submit:error.refused'), field: null };
  }
}
