import { test, expect } from './fixtures';
import { TID } from './support/console';
import { hezePlan } from './support/heze';
import { layoutProblems } from './support/layout-check';
import { answerExchange, finish, registerQuestions, runToQa, seedDraft } from './support/seed';
import { workShotPath } from './support/shots';

/**
 * A turn's correction history in the review: it opens inside its turn and
 * pushes the turns after it down (nothing is drawn over them), and shows the
 * change as a diff of the characters that changed, old beside new where the
 * timeline is wide enough (a laptop's too) and old above new in a narrow window.
 */
test('the correction history opens in its turn, pushes the next turns down and shows what changed', async ({ rostrum }) => {
  test.skip(rostrum.target === 'electron', 'the review lays out the same in Electron; the sizes are set on a browser page');
  const { page, api } = rostrum;
  const plan = hezePlan();
  const seeded = await seedDraft(api, plan);
  await runToQa(api, plan, seeded);
  await registerQuestions(api, plan, seeded);
  for (const index of plan.exchanges.keys()) await answerExchange(api, plan, seeded, index);
  await finish(api, plan, seeded);

  // the first answer, corrected in two places: a word replaced and a phrase added
  const turns = await api('turn.list', { conferenceId: seeded.id });
  const answer = turns.find((turn) => turn.questionId === seeded.questions[0] && turn.speakerKind === 'participant')!;
  const original = answer.text;
  const word = original.slice(2, 4);
  const corrected = `${original.slice(0, 2)}【更正】${original.slice(4)}（补充说明）`;
  await api('turn.update', { id: answer.id, text: corrected, kind: 'correction', editor: '编辑甲', reason: '核对录音' });
  const next = turns[turns.indexOf(answer) + 1]!;

  for (const size of [
    { width: 1440, height: 900, sideBySide: true },
    { width: 1024, height: 768, sideBySide: true },
    { width: 720, height: 800, sideBySide: false }
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await rostrum.goto(`/conference/${seeded.id}/review?turn=${answer.id}`);
    const row = page.getByTestId(TID.turnRow(answer.id));
    await row.scrollIntoViewIfNeeded();
    await page.getByTestId(TID.turnHistory(answer.id)).click();
    const entry = page.getByTestId(TID.historyEntry);
    await expect(entry).toHaveCount(1);
    await expect(entry).toHaveAttribute('data-kind', 'correction');

    // the diff: only what changed is marked, by characters (Chinese has no spaces to split words on)
    await expect(entry.locator('del')).toHaveText([word]);
    await expect(entry.locator('ins')).toHaveText(['【更正】', '（补充说明）']);
    await expect(entry.getByTestId(TID.historyBefore)).toContainText(original.slice(4, 30));
    await expect(entry.getByTestId(TID.historyAfter)).toContainText(corrected.slice(0, 30));

    // old beside new when there is room, else one above the other
    const before = (await entry.getByTestId(TID.historyBefore).boundingBox())!;
    const after = (await entry.getByTestId(TID.historyAfter).boundingBox())!;
    if (size.sideBySide) expect(after.x).toBeGreaterThan(before.x + before.width - 1);
    else expect(after.y).toBeGreaterThanOrEqual(before.y + before.height - 1);

    await entry.scrollIntoViewIfNeeded();
    expect(await layoutProblems(page, [{ testId: TID.historyEntry, whole: true }])).toEqual([]);
    await page.screenshot({ path: workShotPath(`review-history-${size.width}x${size.height}`), animations: 'disabled', caret: 'hide' });

    // the next turn starts below the opened history, not under it
    const nextRow = page.getByTestId(TID.turnRow(next.id));
    await nextRow.scrollIntoViewIfNeeded();
    const historyBox = (await entry.boundingBox())!;
    const nextBox = (await nextRow.boundingBox())!;
    expect(nextBox.y).toBeGreaterThanOrEqual(historyBox.y + historyBox.height);
  }
});
