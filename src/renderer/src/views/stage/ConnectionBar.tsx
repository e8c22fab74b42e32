import type { TFunction } from 'i18next';
import type { ConnectionStatus } from '../../api/bridge';
import { STAGE_TID } from './stage-testids';

/** Says on screen that the picture may be stale; the bridge reconnects by itself. */
export function ConnectionBar({ status, t }: { status: ConnectionStatus; t: TFunction }) {
  if (status === 'open') return null;
  // 'closed' is a link that was up and dropped; 'connecting' is the first attempt
  const lost = status === 'closed';
  return (
    <div className={`stage-connection ${lost ? 'is-lost' : 'is-connecting'}`} data-testid={STAGE_TID.connectionBar} role="alert">
      {lost ? t('connection.lost') : t('connection.connecting')}
    </div>
  );
}
