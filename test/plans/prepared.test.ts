import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlannedApp, planOf, scans, statementWith, type PlannedApp } from './plan-helpers';

// The indexes of migration 011 behind the reads of prepared questions, cards and the desk,
// checked on the statements exactly as core/prepared prepares them.
let app: PlannedApp;
beforeAll(() => {
  app = openPlannedApp();
});
afterAll(() => app.close());

const plan = (...fragments: string[]) => planOf(app.db, statementWith(app, ...fragments)).join('\n');

describe('questions before the room (migration 011)', () => {
  it('the prepared list: by its conference index; whether each was asked, by questions_by_prepared; its cards, by card_links_by_prepared', () => {
    const lines = plan('FROM prepared_questions p LEFT JOIN outlets o ON o.id = p.outlet_id WHERE p.conference_id = +? ORDER BY p.position, p.id');
    expect(lines).toMatch(/SEARCH p USING INDEX prepared_by_conference \(conference_id=\?\)/);
    expect(lines).toMatch(/SEARCH q USING (COVERING )?INDEX questions_by_prepared \(prepared_id=\?\)/);
    expect(lines).toMatch(/SEARCH l USING (COVERING )?INDEX card_links_by_prepared \(prepared_id=\?\)/);
    expect(scans(lines.split('\n'))).toEqual([]);
  });

  it('the cards of a conference, by answer_cards_by_conference, with their links by the primary key of card_links', () => {
    const lines = plan('FROM answer_cards c WHERE c.conference_id = +? ORDER BY c.position, c.id');
    expect(lines).toMatch(/SEARCH c USING INDEX answer_cards_by_conference \(conference_id=\?\)/);
    expect(lines).toMatch(/SEARCH l USING PRIMARY KEY \(card_id=\?\)/);
    expect(scans(lines.split('\n'))).toEqual([]);
  });

  it("the card on the desk: the conference's last send, by card_sends_by_conference", () => {
    expect(plan('SELECT * FROM card_sends WHERE conference_id = +? ORDER BY id DESC LIMIT 1')).toMatch(
      /SEARCH card_sends USING (COVERING )?INDEX card_sends_by_conference \(conference_id=\?\)/
    );
  });

  it('the questions merged into one, by the partial index questions_by_merged_into', () => {
    expect(plan('SELECT id FROM questions WHERE merged_into = +? ORDER BY id')).toMatch(
      /USING (COVERING )?INDEX questions_by_merged_into \(merged_into=\?\)/
    );
  });

  it("the words of a question find cards through the trigram index card_fts, kept to the conference's cards by its index", () => {
    const lines = plan('SELECT rowid AS id FROM card_fts WHERE card_fts MATCH ?');
    expect(lines).toMatch(/SCAN card_fts VIRTUAL TABLE INDEX/);
    expect(lines).toMatch(/answer_cards USING (COVERING )?INDEX answer_cards_by_conference \(conference_id=\?\)/);
  });
});
