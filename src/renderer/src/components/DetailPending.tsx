import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { describeError } from '../i18n/errors';

/** The page of a conference view while its detail loads, or why it could not. */
export function DetailPending({ failure }: { failure: AppError | undefined }) {
  const { t } = useTranslation();
  return (
    <main className="page narrow">
      <p className={failure ? 'form-message' : 'muted'}>{failure ? describeError(failure, t).message : t('common:loading')}</p>
    </main>
  );
}
