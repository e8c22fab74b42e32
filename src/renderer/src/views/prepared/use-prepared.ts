import type { Topic } from '../../../../shared/events';
import { useRead } from '../../store/reads';

/**
 * Prepared questions and cards change with their own writes ('prepared'), with the
 * questions registered from them ('conference': "asked" follows the queue, undo
 * included) and with the directory (an outlet renamed).
 */
export const PREPARED_TOPICS: readonly Topic[] = ['prepared', 'conference', 'directory'];

export function usePreparedList(conferenceId: number | null, options: { marksReady?: boolean } = {}) {
  return useRead('prepared.list', conferenceId === null ? null : { conferenceId }, {
    topics: PREPARED_TOPICS,
    conferenceId: conferenceId ?? undefined,
    ...options
  });
}

export function useCardList(conferenceId: number | null, options: { marksReady?: boolean } = {}) {
  return useRead('cards.list', conferenceId === null ? null : { conferenceId }, {
    topics: PREPARED_TOPICS,
    conferenceId: conferenceId ?? undefined,
    ...options
  });
}
