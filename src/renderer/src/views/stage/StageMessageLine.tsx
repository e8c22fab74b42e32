import type { StageMessage } from '../../../../shared/stage';
import { STAGE_TID } from './stage-testids';

/**
 * The moderator's message, across the whole screen. Its band is always there,
 * so nothing else moves when a message comes and goes; a flashing one pulses.
 * Keyed by id, so a new message restarts the pulse and is noticed.
 */
export function StageMessageLine({ message }: { message: StageMessage | null }) {
  if (!message) return <div className="stage-message is-empty" aria-hidden="true" />;
  return (
    <div
      key={message.id}
      className={`stage-message${message.flash ? ' is-flash' : ''}`}
      data-testid={STAGE_TID.message}
      data-message-id={message.id}
      data-flash={message.flash}
      role="status"
      aria-live="assertive"
    >
      <span className="stage-message-text">{message.text}</span>
    </div>
  );
}
