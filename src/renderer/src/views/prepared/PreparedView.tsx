import { useTranslation } from 'react-i18next';
import type { RouteParams } from '../../app/router';
import { DetailPending } from '../../components/DetailPending';
import { FormMessage } from '../../components/form';
import { describeError } from '../../i18n/errors';
import { useConferenceDetail } from '../../store/conference-store';
import { CardsList } from './CardsList';
import { ImportSpreadsheetButton } from './ImportSpreadsheetButton';
import { PreparedList } from './PreparedList';
import { PREPARED_TID } from './testids';
import { useCardList, usePreparedList } from './use-prepared';
import './prepared.css';

/**
 * Before the conference: the questions reporters sent in (报题) and the answer
 * points prepared for the spokespeople (口径), typed in or imported from a
 * spreadsheet. Internal material: none of it reaches the stage display.
 */
export function PreparedView({ params }: { params: RouteParams }) {
  const { t } = useTranslation('prepared');
  const { t: tc } = useTranslation();
  const id = Number(params.id);
  const { detail, failure } = useConferenceDetail(id);
  const prepared = usePreparedList(id);
  const cards = useCardList(id);
  const readError = prepared.error ?? cards.error;
  if (!detail) return <DetailPending failure={failure} />;
  return (
    <main className="page prepared-page" data-testid={PREPARED_TID.tab}>
      <header className="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        <div className="page-head-tools">
          <ImportSpreadsheetButton conferenceId={id} />
        </div>
      </header>
      <FormMessage message={readError ? describeError(readError, tc).message : null} />
      <div className="prepared-grid">
        <PreparedList conferenceId={id} questions={prepared.data ?? []} participants={detail.participants} />
        <CardsList conferenceId={id} cards={cards.data ?? []} prepared={prepared.data ?? []} participants={detail.participants} />
      </div>
    </main>
  );
}
