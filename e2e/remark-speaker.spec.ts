import { test, expect } from './fixtures';
import { TID, leaveField, paste } from './support/console';
import { remark } from './support/live-flow';
import { briefing } from './support/record-seed';

/**
 * The remark bar's speaker after a stage note or a reporter's "Q": both are
 * one-offs. Found running a briefing by hand: after "Q  Thank you." the host's
 * closing words, typed with H, were recorded as Q and published under it.
 */
test('after a stage note or a Q remark, H records the host again', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'en' });
  await goto(`/conference/${b.id}/live`);
  await page.keyboard.press('PageDown'); // starts the draft
  const speaker = page.getByTestId(TID.remarkSpeaker);
  await expect(speaker).toHaveValue(String(b.host));

  for (const [choice, words] of [
    ['note', '(Laughter.)'],
    ['reporter', 'Thank you.']
  ] as const) {
    await speaker.selectOption(choice);
    await page.getByTestId(TID.remarkText).click();
    await paste(page, words);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(TID.remarkText)).toHaveValue('');
    await leaveField(page);
    await expect(speaker).toHaveValue(String(b.host));
    await remark(page, `The host speaks after ${choice}.`);
  }

  const turns = await api('turn.list', { conferenceId: b.id });
  expect(turns.map((t) => [t.speakerKind, t.participantId, t.text])).toEqual([
    ['note', null, '(Laughter.)'],
    ['participant', b.host, 'The host speaks after note.'],
    ['reporter', null, 'Thank you.'],
    ['participant', b.host, 'The host speaks after reporter.']
  ]);
});
