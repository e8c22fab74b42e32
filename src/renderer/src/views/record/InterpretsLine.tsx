import { useTranslation } from 'react-i18next';
import type { Participant, Turn } from '../../../../shared/domain';
import { RECORD_TID } from './testids';

const EXCERPT = 48;

/** Above the remark box while I is on: whose words are being interpreted, so the moderator sees what the turn will pair with. */
export function InterpretsLine({ turn, participants, onCancel }: { turn: Turn; participants: readonly Participant[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const speaker = participants.find((p) => p.id === turn.participantId);
  const who =
    turn.speakerKind === 'participant'
      ? speaker?.label || speaker?.name || ''
      : turn.speakerKind === 'note'
        ? t('review:note')
        : t('record:remark.reporterShort');
  const words = turn.text.length > EXCERPT ? `${turn.text.slice(0, EXCERPT)}…` : turn.text;
  return (
    <div className="remark-interprets" data-testid={RECORD_TID.interprets} data-turn-id={turn.id}>
      <span className="remark-interprets-label">{t('record:interpret.of', { speaker: who })}</span>
      <q className="remark-interprets-words">{words}</q>
      <button type="button" className="small ghost" onClick={onCancel}>
        {t('common:cancel')}
      </button>
    </div>
  );
}
