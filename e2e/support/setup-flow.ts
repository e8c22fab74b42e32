import { expect, type Page } from '@playwright/test';
import type { Honorific, Role } from '../../src/shared/domain';
import { TID, conferenceIdOf, paste } from './console';

/**
 * The set-up steps a moderator takes with the mouse (and a little typing), each
 * waiting for what the screen shows once the server has taken it.
 */

/** On the conference list: the create form; lands on the new conference's set-up. */
export async function createConference(page: Page, input: { title: string; minutes?: string; template?: 'standard' | 'empty' }): Promise<number> {
  await page.getByTestId(TID.create.title).click();
  await page.getByTestId(TID.create.title).fill(input.title);
  await page.getByTestId(TID.create.template).selectOption(input.template ?? 'standard');
  await page.getByTestId(TID.create.plannedMinutes).fill(input.minutes ?? '75');
  await page.getByTestId(TID.create.submit).click();
  await expect(page).toHaveURL(/#\/conference\/\d+\/setup$/);
  await expect(page.getByTestId(TID.details.title)).toHaveValue(input.title);
  return conferenceIdOf(page);
}

export interface HeaderInput {
  topic?: string;
  organiser?: string;
  source: string;
  author: string;
  publishedAt: string;
  lead: string;
  credits: string;
}

/** The details form and the transcript header, saved with the button. */
export async function fillDetails(page: Page, input: HeaderInput): Promise<void> {
  const fields: [string, string | undefined][] = [
    [TID.details.topic, input.topic],
    [TID.details.organiser, input.organiser],
    [TID.details.source, input.source],
    [TID.details.author, input.author],
    [TID.details.publishedAt, input.publishedAt],
    [TID.details.lead, input.lead],
    [TID.details.credits, input.credits]
  ];
  for (const [testId, value] of fields) {
    if (value === undefined) continue;
    await page.getByTestId(testId).click();
    await page.getByTestId(testId).fill(value);
  }
  await page.getByTestId(TID.details.editingStandard).selectOption('edited');
  await page.getByTestId(TID.details.save).click();
  // saved: the form shows the server's values again and has nothing left to save
  await expect(page.getByTestId(TID.details.save)).toBeDisabled();
  await expect(page.getByTestId(TID.details.source)).toHaveValue(input.source);
}

export interface PersonInput {
  name: string;
  honorific: Honorific;
  position: string;
  organisation: string;
}

/**
 * A new person through the roster's type-ahead: type the name, take the
 * "new person" option, complete the form, create and add in the given role.
 */
export async function addNewPerson(page: Page, person: PersonInput, role: Role): Promise<void> {
  const search = page.getByTestId(TID.personSearch);
  await search.click();
  await search.fill(person.name);
  // the picker's "new person" option has no test id: it is the option that names the typed name
  await page.getByRole('option', { name: new RegExp(person.name) }).click();
  await expect(page.getByTestId(TID.personCreate.name)).toHaveValue(person.name);
  await page.getByTestId(TID.personCreate.honorific).selectOption(person.honorific);
  await page.getByTestId(TID.personCreate.position).fill(person.position);
  await page.getByTestId(TID.personCreate.organisation).fill(person.organisation);
  await page.getByTestId(TID.rosterRole).selectOption(role);
  await page.getByTestId(TID.personCreate.submit).click();
  await expect(page.getByTestId(TID.personCreate.submit)).toHaveCount(0);
  await expect(page.getByTestId(TID.roster).getByText(person.name, { exact: true })).toBeVisible();
}

/** The speaker of a segment of the agenda, picked by name. */
export async function setSegmentSpeaker(page: Page, segmentId: number, participantId: number, name: string): Promise<void> {
  const select = page.getByTestId(TID.segmentSpeaker(segmentId));
  await select.selectOption({ label: name });
  await expect(select).toHaveValue(String(participantId));
}

/** Pastes the prepared text into a segment's statement box and commits it (Ctrl+Enter). */
export async function pasteStatement(page: Page, segmentId: number, text: string): Promise<void> {
  const box = page.getByTestId(TID.segmentStatement(segmentId));
  if (!(await box.isVisible())) await page.getByTestId(TID.segmentRow(segmentId)).getByRole('button', { expanded: false }).click();
  await box.click();
  await paste(page, text);
  await page.keyboard.press('Control+Enter');
  // saved: the row's prepared-text toggle marks that the segment has a text (drawn from the server's copy)
  await expect(page.getByTestId(TID.segmentRow(segmentId)).getByRole('button', { expanded: true })).toContainText('●');
  await expect(box).toHaveValue(text);
}
