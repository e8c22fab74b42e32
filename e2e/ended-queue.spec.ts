import { test, expect } from './fixtures';
import { TID } from './support/console';
import { briefing } from './support/record-seed';

/** Found at the end of a run by hand: the empty queue still said "register one above", over no form. */
test('after the end the empty queue does not point to a register form that is gone', async ({ rostrum }) => {
  const { page, api, goto } = rostrum;
  const b = await briefing(api, { language: 'zh', timeZone: 'Asia/Shanghai' });
  await api('live.start', { conferenceId: b.id });
  await goto(`/conference/${b.id}/live`);
  const queue = page.getByTestId(TID.queue);
  await expect(queue).toContainText('没有等候的提问。请在上方登记。');
  await expect(page.getByTestId(TID.register.outlet)).toBeVisible();

  await api('live.end', { conferenceId: b.id });
  await expect(page.getByTestId(TID.register.outlet)).toHaveCount(0);
  await expect(queue).toContainText('没有等候的提问。');
  await expect(queue).not.toContainText('请在上方登记');
});
