import { useTranslation } from 'react-i18next';
import type { StageMessage } from '../../../../shared/stage';
import { formatClock } from '../../i18n/format';
import { useServerNow } from '../../store/clock';
import { STAGE_TID } from '../stage/stage-testids';

/** How much longer the message stays: its time left, or "until the next segment". Redraws only itself. */
export function MessageLife({ message }: { message: StageMessage }) {
  const { t } = useTranslation();
  if (message.expiresAt !== null) return <TimeLeft expiresAt={message.expiresAt} />;
  if (message.untilNextSegment) return <span> · {t('stage:panel.tillNextSegment')}</span>;
  return null;
}

function TimeLeft({ expiresAt }: { expiresAt: number }) {
  const { t } = useTranslation();
  const now = useServerNow();
  // rounded up: "00:01" until the moment it goes, never "00:00" while still on stage
  const left = Math.max(0, Math.ceil((expiresAt - now) / 1000) * 1000);
  return <span data-testid={STAGE_TID.panelTimeLeft}> · {t('stage:panel.timeLeft', { time: formatClock(left) })}</span>;
}
