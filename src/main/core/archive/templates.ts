import type { Conference } from '../../../shared/domain';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import type { Services } from '../services';

/**
 * A new draft conference from a past one: its details, transcript header
 * (less the publication date and the lead, which belong to one event), roster
 * and agenda with planned times. Questions, turns, extensions and every
 * status and time stamp are left behind. Built through the services, so each
 * row is checked and announced as if the moderator had entered it.
 */
export function createFromTemplate(s: Services, ctx: CallContext, input: In<'conference.createFromTemplate'>): Conference {
  const source = s.conferences.get(input.sourceId, 'sourceId');
  const title = input.title?.trim() || source.title;
  const conference = s.conferences.create(ctx, {
    title,
    topic: source.topic,
    organiser: source.organiser,
    venue: source.venue,
    scheduledStart: input.scheduledStart,
    plannedSeconds: source.plannedSeconds,
    language: source.language,
    header: {
      source: source.header.source,
      author: source.header.author,
      credits: source.header.credits,
      editingStandard: source.header.editingStandard,
      publishedAt: '',
      lead: ''
    },
    // the zone and ground rules are the venue's habits; an embargo belongs to one event
    timeZone: source.timeZone,
    groundRules: source.groundRules,
    embargoUntil: null,
    template: 'empty'
  });
  const participantOf = new Map<number, number>();
  for (const p of s.roster.listParticipants(source.id)) {
    const copy = s.roster.addParticipant(ctx, {
      conferenceId: conference.id,
      personId: p.personId,
      role: p.role,
      title: p.title,
      label: p.label
    });
    participantOf.set(p.id, copy.id);
  }
  for (const segment of s.roster.listSegments(source.id)) {
    s.roster.addSegment(ctx, {
      conferenceId: conference.id,
      kind: segment.kind,
      title: segment.title,
      speakerId: segment.speakerId === null ? null : (participantOf.get(segment.speakerId) ?? null),
      plannedSeconds: segment.plannedSeconds,
      preparedText: input.includePreparedText ? segment.preparedText : ''
    });
  }
  return s.conferences.get(conference.id);
}
