import { expect, type Page } from '@playwright/test';
import type { OutletCategory } from '../../src/shared/domain';
import { QUESTION_CARD, TID, leaveField, paste, shortcut } from './console';

/**
 * The live steps, by keyboard as the moderator runs them with eyes on the room.
 * Each waits for the fact on screen that shows the server took the action.
 */

/** H, the words, Enter: a remark by the remark bar's speaker (the host by default). */
export async function remark(page: Page, text: string): Promise<void> {
  await shortcut(page, 'remark');
  const box = page.getByTestId(TID.remarkText);
  await expect(box).toBeFocused();
  await paste(page, text);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await leaveField(page);
}

/** PgDn: the next segment (or the start, on a draft); waits until the header shows its title. */
export async function advance(page: Page, expectedTitle: string): Promise<void> {
  await shortcut(page, 'advance');
  await expect(page.getByTestId(TID.live.segmentTitle)).toHaveText(expectedTitle);
}

/** D, once per paragraph of the prepared statement, each marked delivered before the next. */
export async function deliverStatement(page: Page, paragraphs: number): Promise<void> {
  await expect(page.getByTestId(TID.statement)).toBeVisible();
  for (let i = 0; i < paragraphs; i++) {
    await shortcut(page, 'deliverNext');
    await expect(page.getByTestId(TID.paragraph(i))).toHaveAttribute('data-delivered', 'true');
  }
}

export interface RegisterInput {
  outlet: string;
  /** set when the outlet is new: it is created on the way with this category */
  category?: OutletCategory;
  reporter?: string;
  text: string;
  /** the name of the spokesperson it is addressed to */
  addressedTo?: string;
}

/**
 * Q, the outlet (Enter takes the type-ahead's choice, or creates it), the
 * question, Ctrl+Enter. Waits until the waiting queue has one card more.
 */
export async function registerQuestion(page: Page, input: RegisterInput, beforeSubmit?: () => Promise<unknown>): Promise<void> {
  const cards = page.getByTestId(TID.queueWaiting).locator(QUESTION_CARD);
  const before = await cards.count();
  await shortcut(page, 'register');
  const outlet = page.getByTestId(TID.register.outlet);
  await expect(outlet).toBeFocused();
  await page.keyboard.type(input.outlet);
  if (input.category) {
    await expect(page.getByTestId(TID.register.outletCreate)).toBeVisible();
    await page.keyboard.press('Enter');
    await page.getByTestId(TID.register.outletCategory).selectOption(input.category);
  } else {
    await page.keyboard.press('Enter');
  }
  if (input.reporter) await page.getByTestId(TID.register.reporter).fill(input.reporter);
  if (input.addressedTo) await page.getByTestId(TID.register.addressedTo).selectOption({ label: input.addressedTo });
  await page.getByTestId(TID.register.text).click();
  await paste(page, input.text);
  await beforeSubmit?.();
  await page.keyboard.press('Control+Enter');
  await expect(cards).toHaveCount(before + 1);
  await expect(outlet).toHaveValue('');
  await leaveField(page);
}

/** N: the first waiting question is called; waits until it is the live question. */
export async function callNext(page: Page, outlet: string): Promise<void> {
  await shortcut(page, 'callNext');
  await expect(page.getByTestId(TID.liveQuestion)).toContainText(outlet);
}

/** 1…9 picks who answers (in the console's order), then the words and Enter. */
export async function answer(page: Page, speaker: { key: number; participantId: number }, text: string): Promise<void> {
  await page.keyboard.press(String(speaker.key));
  await expect(page.getByTestId(TID.answerSpeaker(speaker.participantId))).toHaveAttribute('aria-checked', 'true');
  const box = page.getByTestId(TID.answerText);
  await expect(box).toBeFocused();
  await paste(page, text);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await leaveField(page);
}

/** A: the live question is closed as answered. */
export async function closeAnswered(page: Page): Promise<void> {
  await shortcut(page, 'answered');
  await expect(page.getByTestId(TID.liveQuestion)).toHaveCount(0);
}

/** Ctrl+Shift+End opens the confirmation; its button ends the conference. */
export async function endConference(page: Page): Promise<void> {
  await shortcut(page, 'end');
  const confirm = page.getByTestId(TID.live.endConfirm);
  await confirm.click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId(TID.live.start)).toHaveCount(0);
  await expect(page.getByTestId(TID.live.advance)).toHaveCount(0);
}
