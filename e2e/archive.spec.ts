import { expect, test } from './fixtures';

/**
 * "What did we say about X, and to whom?": a phrase typed in the archive search
 * finds the answer in a past conference and opens the review at that turn.
 */
test('a search hit in the archive opens the review at its turn, marked', async ({ rostrum }) => {
  const { api, page } = rostrum;
  const conference = await api('conference.create', { title: '二〇二四年第一季度新闻发布会', template: 'standard' });
  const person = await api('person.create', { name: '周发布', position: '新闻发言人' });
  const speaker = await api('participant.add', { conferenceId: conference.id, personId: person.id, role: 'spokesperson' });
  const outlet = await api('outlet.create', { name: '齐鲁晚报', category: 'provincial' });
  await api('live.start', { conferenceId: conference.id });
  for (let i = 0; i < 30; i++) {
    await api('turn.add', { conferenceId: conference.id, speakerKind: 'participant', participantId: speaker.id, text: `第${i}段例行说明。` });
  }
  const question = await api('question.register', { conferenceId: conference.id, outletId: outlet.id, text: '黄河滩区迁建进展如何？' });
  await api('question.call', { conferenceId: conference.id, id: question.id });
  const answer = await api('answer.record', {
    questionId: question.id,
    participantId: speaker.id,
    text: '滩区迁建已全部完成，群众搬进了新社区。'
  });
  await api('question.close', { id: question.id, status: 'answered' });
  await api('live.end', { conferenceId: conference.id });

  await rostrum.goto('/archive/search');
  await page.getByTestId('search-input').fill('搬进了新社区');
  const hits = page.getByTestId('search-hits').locator('li');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('周发布');
  await hits.first().locator('a').click();

  await expect(page).toHaveURL(new RegExp(`#/conference/${conference.id}/review\\?turn=${answer.id}$`));
  const row = page.getByTestId(`turn-${answer.id}`);
  await expect(row).toBeVisible();
  await expect(row).toHaveClass(/focused/);
  await expect(row).toContainText('滩区迁建已全部完成');
});
