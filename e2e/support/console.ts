import { expect, type Page } from '@playwright/test';
import { TID } from '../../src/renderer/src/app/testids';
import { SHORTCUTS, type ShortcutId } from '../../src/renderer/src/keyboard/shortcuts';
import type { Turn, ConferenceDetail } from '../../src/shared/domain';
import type { RostrumFixture } from '../fixtures';

export { TID };

/**
 * A question card (in the queue) and a turn row, as CSS selectors and test-id
 * patterns: a plain "question-" prefix would also match the cards' own buttons.
 */
export const QUESTION_CARD = '[data-testid^="question-"][data-status]';
export const QUESTION_CARD_ID = /^question-\d+$/;
export const TURN_ROW_ID = /^turn-\d+$/;

export type Api = RostrumFixture['api'];

/** "Mod" in the shortcut table is Control here (Meta on a Mac), as Playwright names the keys. */
export function playwrightKey(combo: string): string {
  return combo.replace(/\bMod\b/, process.platform === 'darwin' ? 'Meta' : 'Control');
}

/** Presses the first key of a shortcut from THE table, so the specs follow it when it changes. */
export async function shortcut(page: Page, id: ShortcutId, which = 0): Promise<void> {
  const combo = (SHORTCUTS[id].keys as readonly string[])[which];
  if (!combo) throw new Error(`shortcut ${id} has no key ${which}`);
  await page.keyboard.press(playwrightKey(combo));
}

/**
 * Esc leaves a text field, so that the next key is a command. An open
 * type-ahead list takes the first Esc (it closes), so press until the field is left.
 */
export async function leaveField(page: Page): Promise<void> {
  const leftField = () => page.evaluate('document.activeElement === document.body') as Promise<boolean>;
  for (let i = 0; i < 3 && !(await leftField()); i++) await page.keyboard.press('Escape');
  expect(await leftField()).toBe(true);
}

/** The conference id of the page's route, e.g. "#/conference/7/live" → 7. */
export function conferenceIdOf(page: Page): number {
  const match = /#\/conference\/(\d+)\//.exec(page.url());
  if (!match) throw new Error(`no conference in ${page.url()}`);
  return Number(match[1]);
}

/** A speaker label as the published transcript prints it: the participant's label, or "<outlet>记者". */
export function speakerLabels(detail: ConferenceDetail, outlets: Map<number, string>): (turn: Turn) => string {
  const participants = new Map(detail.participants.map((p) => [p.id, p.label]));
  return (turn) => {
    if (turn.speakerKind === 'participant') return participants.get(turn.participantId ?? -1) ?? '?';
    if (turn.speakerKind === 'reporter') return `${outlets.get(turn.outletId ?? -1) ?? turn.reporterName}记者`;
    return '';
  };
}

/** The record as lines (a turn may hold several paragraphs), each with its speaker's label. */
export async function recordLines(api: Api, conferenceId: number): Promise<{ speaker: string; text: string }[]> {
  const [detail, turns] = await Promise.all([api('conference.get', { id: conferenceId }), api('turn.list', { conferenceId })]);
  const label = speakerLabels(detail, new Map(detail.outlets.map((o) => [o.id, o.name])));
  return turns.flatMap((turn) => turn.text.split('\n').map((text) => ({ speaker: label(turn), text })));
}

/** Types text in one go, as a paste does (a single input event, no key events that could be shortcuts). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.keyboard.insertText(text);
}
