import { useConferenceStore } from '../../store/conference-store';

/**
 * The conference's own time zone, for a component that shows a time of it
 * (a queue card, a turn): undefined until its detail has loaded, which shows
 * the machine's zone meanwhile.
 */
export function useConferenceTimeZone(conferenceId: number): string | undefined {
  return useConferenceStore((s) => s.details[conferenceId]?.conference.timeZone);
}
