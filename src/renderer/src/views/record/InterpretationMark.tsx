import { useTranslation } from 'react-i18next';
import { RECORD_TID } from './testids';

/** Under an interpretation in the timeline: whose words it renders, so the review shows the two as a pair. */
export function InterpretationMark({ turnId, of }: { turnId: number; of: string }) {
  const { t } = useTranslation();
  return (
    <div className="turn-interpretation" data-testid={RECORD_TID.interpretation(turnId)}>
      ↳ {t('record:interpret.pairedWith', { speaker: of })}
    </div>
  );
}
