import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { dump, expectRefused, recordEvents, setupConference, startedConference, type Setup } from '../fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

function card(setup: Setup, title: string, fields: { topic?: string; points?: string; keywords?: string; preparedIds?: number[] } = {}) {
  return app.router.invoke('cards.create', { conferenceId: setup.conferenceId, participantId: setup.li.id, title, ...fields });
}

describe('answer-point cards', () => {
  it('are created with every field, linked and unlinked, edited and removed', () => {
    const setup = setupConference(app);
    const prepared = app.router.invoke('prepared.create', { conferenceId: setup.conferenceId, text: '作风建设有何举措？' });
    const created = app.router.invoke('cards.create', {
      conferenceId: setup.conferenceId,
      participantId: setup.li.id,
      topic: '作风建设',
      title: '改进机关作风',
      points: '一、深化机关纪委规范化建设\n二、强化监督执纪',
      figures: '全年开展专项检查12次',
      usePhrases: '正风肃纪',
      avoidPhrases: '问责人数',
      doNotVolunteer: true,
      keywords: '作风, 廉洁',
      preparedIds: [prepared.id]
    });
    expect(created).toMatchObject({
      position: 0,
      doNotVolunteer: true,
      preparedIds: [prepared.id],
      points: '一、深化机关纪委规范化建设\n二、强化监督执纪'
    });
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId })[0]!.cardIds).toEqual([created.id]);
    expect(app.router.invoke('cards.unlink', { cardId: created.id, preparedId: prepared.id }).preparedIds).toEqual([]);
    expect(app.router.invoke('cards.link', { cardId: created.id, preparedId: prepared.id }).preparedIds).toEqual([prepared.id]);
    expect(app.router.invoke('cards.update', { id: created.id, doNotVolunteer: false, title: '改进作风' })).toMatchObject({
      doNotVolunteer: false,
      title: '改进作风',
      figures: '全年开展专项检查12次'
    });
    expect(app.router.invoke('cards.list', { conferenceId: setup.conferenceId }).map((c) => c.id)).toEqual([created.id]);
    app.router.invoke('cards.remove', { id: created.id });
    expect(app.router.invoke('cards.list', { conferenceId: setup.conferenceId })).toEqual([]);
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId })[0]!.cardIds).toEqual([]);
  });

  it('refuse bad input naming the field, changing nothing', () => {
    const setup = setupConference(app);
    const other = setupConference(app, { title: '另一场' });
    const foreignPrepared = app.router.invoke('prepared.create', { conferenceId: other.conferenceId, text: '别处的问题' });
    const existing = card(setup, '口径');
    const before = dump(app.db);
    const { call } = app.router;
    const conferenceId = setup.conferenceId;
    expectRefused(call('cards.create', { conferenceId, title: ' ' }), 'invalid_input', 'title');
    expectRefused(call('cards.create', { conferenceId, title: '标题', points: 'x'.repeat(5_001) }), 'invalid_input', 'points');
    expectRefused(call('cards.create', { conferenceId, title: '标题', doNotVolunteer: 'yes' }), 'invalid_input', 'doNotVolunteer');
    expectRefused(call('cards.create', { conferenceId, title: '标题', participantId: other.li.id }), 'invalid_input', 'participantId');
    expectRefused(call('cards.create', { conferenceId, title: '标题', preparedIds: [foreignPrepared.id] }), 'invalid_input', 'preparedIds.0');
    expectRefused(call('cards.create', { conferenceId, title: '标题', preparedIds: [999] }), 'not_found', 'preparedIds.0');
    expectRefused(call('cards.update', { id: existing.id, keywords: 'a\u0000' }), 'invalid_input', 'keywords');
    expectRefused(call('cards.link', { cardId: existing.id, preparedId: foreignPrepared.id }), 'invalid_input', 'preparedId');
    expectRefused(call('cards.link', { cardId: 999, preparedId: foreignPrepared.id }), 'not_found', 'cardId');
    expectRefused(call('cards.unlink', { cardId: existing.id, preparedId: foreignPrepared.id }), 'not_found', 'preparedId');
    expectRefused(call('cards.remove', { id: 999 }), 'not_found', 'id');
    expectRefused(call('cards.send', { conferenceId, cardId: 999 }), 'not_found', 'cardId');
    expectRefused(call('cards.send', { conferenceId: other.conferenceId, cardId: existing.id }), 'invalid_input', 'cardId');
    expectRefused(call('cards.match', { conferenceId, questionId: 999 }), 'not_found', 'questionId');
    expect(dump(app.db)).toEqual(before);
  });

  it('are internal: a read-only display is refused every read of them and the desk', () => {
    const setup = setupConference(app);
    card(setup, '口径');
    const display = { role: 'readonly' as const };
    for (const method of ['cards.list', 'cards.sends', 'desk.get', 'question.similar'] as const) {
      expectRefused(app.router.call(method, { conferenceId: setup.conferenceId }, display), 'forbidden');
    }
  });
});

describe('matching cards to a question', () => {
  it('ranks linked cards first, then those of its topic, then by the words they share, in a stable order', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const prepared = app.router.invoke('prepared.create', {
      conferenceId,
      outletId: setup.outlets.dzw.id,
      text: '请问市直机关纪检监察工委在下一年的工作中将会采取哪些措施持续改进机关作风,进一步促进廉洁从政呢?',
      topic: '作风建设'
    });
    const words = card(setup, '廉洁从政', { points: '持续改进机关作风，促进廉洁从政，深化纪检监察' });
    const fewerWords = card(setup, '纪律教育', { points: '开展纪检监察干部培训' });
    const unrelated = card(setup, '百姓宣讲', { points: '推荐11名选手参加全市百姓宣讲比赛' });
    const topic = card(setup, '作风专项', { topic: '作风建设', points: '专项整治' });
    const linked = card(setup, '答问口径一', { points: '无关的文字', preparedIds: [prepared.id] });
    const question = app.router.invoke('prepared.ask', { preparedId: prepared.id });

    const matches = app.router.invoke('cards.match', { conferenceId, questionId: question.id });
    expect(matches.map((m) => [m.card.id, m.reason])).toEqual([
      [linked.id, 'linked'],
      [topic.id, 'topic'],
      [words.id, 'text'],
      [fewerWords.id, 'text']
    ]);
    expect(matches[2]!.score).toBeGreaterThan(matches[3]!.score);
    expect(matches.some((m) => m.card.id === unrelated.id)).toBe(false);
    // the same answer every time
    expect(app.router.invoke('cards.match', { conferenceId, questionId: question.id })).toEqual(matches);
  });

  it('matches a question registered live (no prepared question) by a topic its text names, and by words; English too', () => {
    const setup = startedConference(app, { language: 'en' });
    const conferenceId = setup.conferenceId;
    const economy = card(setup, 'Business climate', { topic: 'business climate', points: 'Cut approval times by half.' });
    const integrity = card(setup, 'Integrity', { points: 'Discipline inspection continues; improving the work style of government bodies.' });
    const question = app.router.invoke('question.register', {
      conferenceId,
      text: 'What will you do about the business climate and the work style of government bodies?'
    });
    const matches = app.router.invoke('cards.match', { conferenceId, questionId: question.id });
    expect(matches.map((m) => [m.card.id, m.reason])).toEqual([
      [economy.id, 'topic'],
      [integrity.id, 'text']
    ]);
    // an edited card is matched by its new words (card_fts follows it)
    app.router.invoke('cards.update', { id: integrity.id, points: 'Nothing in common.' });
    expect(app.router.invoke('cards.match', { conferenceId, questionId: question.id }).map((m) => m.card.id)).toEqual([economy.id]);
  });
});

describe('sending a card to the desk', () => {
  it('shows the card on desk.get with the live question and timing, logs each send, and publishes the desk topic', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const sent = card(setup, '改进机关作风', { points: '要点一' });
    const question = app.router.invoke('question.register', {
      conferenceId,
      outletId: setup.outlets.dzw.id,
      text: '作风？',
      addressedToId: setup.li.id
    });
    app.router.invoke('question.call', { conferenceId });
    expect(app.router.invoke('desk.get', { conferenceId }).card).toBeNull();

    const events = recordEvents(app);
    app.clock.advance(5_000);
    const send = app.router.invoke('cards.send', { conferenceId, cardId: sent.id });
    expect(send).toMatchObject({ conferenceId, cardId: sent.id, questionId: question.id, at: app.clock.now() });
    expect(events.map((e) => e.topic)).toEqual(['desk']);

    const desk = app.router.invoke('desk.get', { conferenceId });
    expect(desk.card).toEqual(app.router.invoke('cards.list', { conferenceId })[0]);
    expect(desk.cardSentAt).toBe(send.at);
    expect(desk.question).toMatchObject({
      id: question.id,
      text: '作风？',
      outletName: setup.outlets.dzw.name,
      addressedTo: { participantId: setup.li.id }
    });
    expect(desk.question!.answerLimitSeconds).toBeGreaterThan(0);
    expect(desk.segment).not.toBeNull();
    expect(desk.serverNow).toBe(app.clock.now());
    expect(desk.revision).toBe(app.router.invoke('conference.get', { id: conferenceId }).conference.revision);

    app.router.invoke('cards.send', { conferenceId, cardId: null });
    expect(app.router.invoke('desk.get', { conferenceId })).toMatchObject({ card: null, cardSentAt: null });
    expect(app.router.invoke('cards.sends', { conferenceId }).map((s) => s.cardId)).toEqual([sent.id, null]);
  });

  it('is refused after the conference ended, changing nothing', () => {
    const setup = startedConference(app);
    const sent = card(setup, '口径');
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    const before = dump(app.db);
    expectRefused(app.router.call('cards.send', { conferenceId: setup.conferenceId, cardId: sent.id }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
  });
});
