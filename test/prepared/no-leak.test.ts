import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, methods } from '../../src/shared/methods';
import { mayCall } from '../../src/shared/roles';
import { EXPORT_FORMATS } from '../../src/shared/schemas-export';
import { openTestApp, type TestApp } from '../helpers';
import { expectRefused, startedConference } from '../fixtures';
import { bytesOf, exportAs } from '../exports/export-helpers';

/** One phrase per part of the card, found nowhere else. */
const SECRET = {
  title: '口径甲乙丙',
  points: '要点丁戊己',
  figures: '数据庚辛壬',
  use: '提法癸子丑',
  avoid: '避免寅卯辰',
  keywords: '关键巳午未'
};
const PHRASES = Object.values(SECRET);

let app: TestApp;
let conferenceId: number;
let cardId: number;
let questionId: number;
beforeEach(() => {
  app = openTestApp();
  const setup = startedConference(app);
  conferenceId = setup.conferenceId;
  const prepared = app.router.invoke('prepared.create', {
    conferenceId,
    outletId: setup.outlets.dzw.id,
    reporterName: '张记者',
    text: '请问下一年将采取哪些措施持续改进机关作风？',
    addressedToId: setup.li.id,
    topic: '作风'
  });
  cardId = app.router.invoke('cards.create', {
    conferenceId,
    participantId: setup.li.id,
    topic: '作风',
    title: SECRET.title,
    points: `一、${SECRET.points}\n二、强化监督`,
    figures: SECRET.figures,
    usePhrases: SECRET.use,
    avoidPhrases: SECRET.avoid,
    doNotVolunteer: true,
    keywords: SECRET.keywords,
    preparedIds: [prepared.id]
  }).id;
  questionId = app.router.invoke('prepared.ask', { preparedId: prepared.id }).id;
  app.router.invoke('question.call', { conferenceId });
  app.router.invoke('cards.send', { conferenceId, cardId });
  app.router.invoke('answer.record', { questionId, participantId: setup.li.id, text: '感谢提问。我们将持续正风肃纪。', close: true });
  app.router.invoke('live.end', { conferenceId });
});
afterEach(() => app.cleanup());

/** The text of an export as a reader of the file sees it (a DOCX's XML, a PDF's print-ready HTML). */
function textOf(format: (typeof EXPORT_FORMATS)[number], options: Parameters<typeof exportAs>[3] = {}): string {
  const file = exportAs(app, conferenceId, format, options);
  if (format !== 'docx') return file.content;
  return Object.values(unzipSync(bytesOf(file)))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}

const leaks = (text: string) => PHRASES.filter((phrase) => text.includes(phrase));

describe('cards never leave the operator', () => {
  it('are in no public export of any format, whatever its options, nor in an internal one that did not ask for them', () => {
    for (const format of EXPORT_FORMATS) {
      const text = textOf(format, { includeWithdrawn: true, includeNotReached: true, withTimes: true });
      expect(text.length, format).toBeGreaterThan(0);
      expect(leaks(text), format).toEqual([]);
      // the internal JSON is the data file for another Rostrum: it carries them (below)
      if (format !== 'json') expect(leaks(textOf(format, { audience: 'internal' })), `${format} internal`).toEqual([]);
    }
    // the question it answered is there: the export is not empty of the record
    expect(textOf('txt')).toContain('持续改进机关作风');
  });

  it('are refused in a public export even when asked for', () => {
    expectRefused(app.router.call('transcript.export', { conferenceId, format: 'txt', withCards: true }), 'invalid_input', 'withCards');
  });

  it.each([
    ['readonly', ['stage.get', 'stage.timing', 'conference.get', 'question.list', 'turn.list', 'report.conference', 'report.csv']],
    ['desk', ['stage.get', 'conference.get', 'question.list']],
    ['submit', []]
  ] as const)('are in no answer the %s role can get, from any method it may call (the desk sees the card sent to it only)', (role, expected) => {
    // the search is given the start of a phrase: an answer that echoes the query holds no whole phrase, a hit in a card would
    const input = { conferenceId, id: conferenceId, query: SECRET.points.slice(0, 3), report: 'conference', language: 'zh', ids: [questionId] };
    const answered: string[] = [];
    for (const name of METHOD_NAMES) {
      const result = app.router.call(name, input, { role });
      if (!mayCall(methods[name], role)) {
        expect(result.ok, name).toBe(false);
        continue;
      }
      if (!result.ok) continue;
      answered.push(name);
      const found = leaks(JSON.stringify(result.value));
      // the card the moderator sent, on the desk it was sent to: every part of it is the point
      if (role === 'desk' && name === 'desk.get') expect(found.length, name).toBeGreaterThan(0);
      else expect(found, `${role} ${name}`).toEqual([]);
    }
    expect(answered).toEqual(expect.arrayContaining([...expected]));
    // the cards' own reads are the operator's
    for (const name of ['cards.list', 'cards.match', 'cards.sends', 'prepared.list', 'report.prepared'] as const)
      expect(mayCall(methods[name], role), name).toBe(false);
  });

  it('are printed, with every part, in an internal export that asks for them, under the question they served', () => {
    const text = textOf('txt', { audience: 'internal', withCards: true });
    expect(leaks(text)).toEqual(PHRASES.filter((p) => p !== SECRET.keywords));
    const appendix = text.slice(text.indexOf('答问口径（内部）'));
    expect(appendix).toMatch(
      /^答问口径（内部）\n.*记者\n请问下一年将采取哪些措施持续改进机关作风？\n口径甲乙丙 \(预设, 已推送\)\n口径甲乙丙 — 不主动提及\n一、要点丁戊己\n二、强化监督\n数据：数据庚辛壬\n提法：提法癸子丑\n避免：避免寅卯辰\n$/
    );
    for (const format of ['md', 'html', 'docx'] as const)
      expect(leaks(textOf(format, { audience: 'internal', withCards: true })).length, format).toBeGreaterThan(0);
  });
});

describe('the internal JSON file carries prepared questions and cards', () => {
  it('round-trips them through conference.import, links and sends included; the public one carries none', () => {
    const file = JSON.parse(exportAs(app, conferenceId, 'json', { audience: 'internal' }).content);
    expect(file.preparedQuestions).toHaveLength(1);
    expect(file.cards[0]).toMatchObject({ title: SECRET.title, doNotVolunteer: true });
    const copy = app.router.invoke('conference.import', file);
    const prepared = app.router.invoke('prepared.list', { conferenceId: copy.id });
    const cards = app.router.invoke('cards.list', { conferenceId: copy.id });
    const questions = app.router.invoke('question.list', { conferenceId: copy.id });
    expect(prepared).toMatchObject([{ status: 'asked', questionId: questions[0]!.id, topic: '作风', cardIds: [cards[0]!.id] }]);
    expect(cards).toMatchObject([{ title: SECRET.title, points: `一、${SECRET.points}\n二、强化监督`, preparedIds: [prepared[0]!.id] }]);
    expect(app.router.invoke('cards.sends', { conferenceId: copy.id })).toMatchObject([{ cardId: cards[0]!.id, questionId: questions[0]!.id }]);

    const publicFile = JSON.parse(exportAs(app, conferenceId, 'json').content);
    expect(publicFile.questions[0].preparedId).toBeNull();
    const plain = app.router.invoke('conference.import', publicFile);
    expect(app.router.invoke('prepared.list', { conferenceId: plain.id })).toEqual([]);
  });

  it('refuses a file whose cards or questions name a prepared question it does not hold, importing nothing', () => {
    const file = JSON.parse(exportAs(app, conferenceId, 'json', { audience: 'internal' }).content);
    const before = app.router.invoke('conference.list', {}).length;
    expectRefused(
      app.router.call('conference.import', { ...file, cards: [{ ...file.cards[0], preparedIds: [999] }] }),
      'invalid_input',
      'cards.0.preparedIds.0'
    );
    expectRefused(
      app.router.call('conference.import', { ...file, questions: [{ ...file.questions[0], preparedId: 999 }] }),
      'invalid_input',
      'questions.0.preparedId'
    );
    expectRefused(
      app.router.call('conference.import', { ...file, cardSends: [{ ...file.cardSends[0], cardId: 999 }] }),
      'invalid_input',
      'cardSends.0.cardId'
    );
    expectRefused(app.router.call('conference.import', { ...file, cards: [{ ...file.cards[0], title: '' }] }), 'invalid_input', 'cards.0.title');
    expect(app.router.invoke('conference.list', {}).length).toBe(before);
  });
});
