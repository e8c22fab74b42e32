import type { Migration } from '../migrate';

/**
 * An index behind every foreign key. Without them, deleting a conference,
 * segment or participant (and every cascade or SET NULL it triggers) scans the
 * whole turns table: seconds on an archive of a thousand conferences.
 */
export const migration005: Migration = {
  version: 5,
  name: 'foreign-key-indexes',
  up: `
    CREATE INDEX participants_by_person ON participants (person_id);
    CREATE INDEX segments_by_speaker ON segments (speaker_id);
    CREATE INDEX questions_by_segment ON questions (segment_id);
    CREATE INDEX questions_by_follow_up ON questions (follow_up_of);
    CREATE INDEX questions_by_addressee ON questions (addressed_to_id);
    CREATE INDEX turns_by_outlet ON turns (outlet_id);
    CREATE INDEX turns_by_participant ON turns (participant_id);
    CREATE INDEX turns_by_segment ON turns (segment_id);
    CREATE INDEX extensions_by_segment ON extensions (segment_id);
  `
};
