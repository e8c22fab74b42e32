import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_TRIGGERS } from '../src/main/core/db/migrations/002-search';

/**
 * A large archive of realistic conferences for the archive bench: the Heze
 * transcript's sentences, shuffled and mutated (numbers, places, topics swapped)
 * so that phrases repeat as they do across a year of real conferences, but not
 * verbatim. Written straight to SQLite in one transaction with prepared
 * statements; the search index is then built in one pass (`rebuild`), which is
 * what keeps the generation of 200,000 turns under a minute.
 */

const FIXTURE = path.join(__dirname, '../../shared/fixtures/heze-2024-01-02-transcript.txt');

const PLACES = ['菏泽', '济南', '青岛', '烟台', '潍坊', '临沂', '济宁', '泰安', '威海', '日照', '德州', '聊城', '滨州', '东营', '枣庄', '淄博'];
const TOPICS = [
  '党建',
  '营商环境',
  '乡村振兴',
  '黄河流域',
  '生态保护',
  '数字经济',
  '招商引资',
  '安全生产',
  '教育',
  '医疗保障',
  '文化旅游',
  '科技创新',
  '民生实事',
  '就业创业',
  '养老服务',
  '食品安全',
  '城市更新',
  '农业农村',
  '交通运输',
  '应急管理'
];
const EN = [
  'The ministry will publish the full data next week.',
  'We have seen steady progress on the export figures this quarter.',
  'As I said yesterday, the talks are continuing at the working level.',
  'I would refer you to the statement issued this morning.',
  'Our position on climate finance has not changed.',
  'The delegation arrives on Tuesday and will meet the trade minister.',
  '(Laughter.)',
  'Thank you. Next question, please.',
  'Can you confirm the reports about the new AI rules?',
  'We will not comment on a hypothetical question.'
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';
const OUTLETS = [
  ['新华社', 'central'],
  ['人民日报', 'central'],
  ['中央广播电视总台', 'central'],
  ['中国新闻社', 'central'],
  ['大众日报', 'provincial'],
  ['大众网', 'provincial'],
  ['山东广播电视台', 'provincial'],
  ['齐鲁晚报', 'provincial'],
  ['闪电新闻', 'provincial'],
  ['中国山东网', 'provincial'],
  ['菏泽日报', 'local'],
  ['菏泽广播电视台', 'local'],
  ['牡丹晚报', 'local'],
  ['菏泽新闻网', 'local'],
  ['香港商报', 'hmt'],
  ['凤凰卫视', 'hmt'],
  ['联合早报', 'foreign'],
  ['Reuters', 'foreign'],
  ['Bloomberg', 'foreign'],
  ['澎湃新闻', 'online'],
  ['新浪新闻', 'online'],
  ['今日头条', 'online']
] as const;

/** A small, fast, seeded generator, so every run builds the same archive. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  return { next, int, pick };
}

export function fixtureSentences(): string[] {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  return text
    .split('\n')
    .slice(5)
    .flatMap((line) => line.split(/(?<=[。！？；])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
}

export interface ArchiveSize {
  conferences: number;
  turnsPerConference: number;
}

/** Fills an empty, migrated database; returns the sentences used, for picking queries. */
export function generateArchive(db: Database, size: ArchiveSize, seed = 20240102): string[] {
  const rnd = random(seed);
  const sentences = fixtureSentences();
  const mutate = (s: string) =>
    s
      .replace(/\d+/g, () => String(1 + rnd.int(500)))
      .replace(/菏泽/g, () => rnd.pick(PLACES))
      .replace(/党建|机关党建|作风建设/g, () => rnd.pick(TOPICS));
  const paragraph = (n: number) => Array.from({ length: n }, () => mutate(rnd.pick(sentences))).join('');

  const t0 = Date.UTC(2022, 0, 4, 2, 0, 0);
  const person = db.prepare('INSERT INTO people (name, honorific, position, organisation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const outlet = db.prepare('INSERT INTO outlets (name, category, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const conference = db.prepare(
    `INSERT INTO conferences (title, planned_seconds, language, status, scheduled_start, started_at, ended_at, created_at, updated_at)
     VALUES (@title, 4500, @language, 'ended', @start, @start, @end, @start, @end)`
  );
  const participant = db.prepare('INSERT INTO participants (conference_id, person_id, role, position, title, label) VALUES (?, ?, ?, ?, ?, ?)');
  const segment = db.prepare(
    `INSERT INTO segments (conference_id, position, kind, title, planned_seconds, status, started_at, ended_at)
     VALUES (?, ?, ?, ?, ?, 'done', ?, ?)`
  );
  const question = db.prepare(
    `INSERT INTO questions (conference_id, position, outlet_id, text, addressed_to_id, status, registered_at, asked_at, closed_at, segment_id)
     VALUES (?, ?, ?, ?, ?, 'answered', ?, ?, ?, ?)`
  );
  const turn = db.prepare(
    `INSERT INTO turns (conference_id, seq, segment_id, question_id, speaker_kind, participant_id, outlet_id, text, started_at, ended_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  );

  db.transaction(() => {
    const people: number[] = [];
    for (let i = 0; i < 60; i++) {
      const name = rnd.pick([...SURNAMES]) + rnd.pick([...GIVEN]) + (i % 2 ? rnd.pick([...GIVEN]) : '');
      people.push(Number(person.run(name, i % 3 ? '先生' : '女士', '副局长', `单位${i}`, t0, t0).lastInsertRowid));
    }
    const outlets = OUTLETS.map(([name, category]) => Number(outlet.run(name, category, t0, t0).lastInsertRowid));

    for (let c = 0; c < size.conferences; c++) {
      const start = t0 + c * 86_400_000 * 0.7;
      const english = c % 20 === 7;
      const topic = rnd.pick(TOPICS);
      const title = english ? `Press briefing on ${topic} No. ${c}` : `${rnd.pick(PLACES)}市${topic}工作情况新闻发布会（第${c + 1}场）`;
      const id = Number(conference.run({ title, language: english ? 'en' : 'zh', start, end: start + 4_800_000 }).lastInsertRowid);
      const roster = [rnd.int(60), rnd.int(60), rnd.int(60), rnd.int(60)].filter((v, i, a) => a.indexOf(v) === i);
      const parts = roster.map((p, i) =>
        Number(participant.run(id, people[p], i === 0 ? 'host' : 'spokesperson', i, '', i === 0 ? '主持人' : `发布人${i}`).lastInsertRowid)
      );
      const seg = ['opening', 'statement', 'qa', 'closing'].map((kind, i) =>
        Number(segment.run(id, i, kind, kind, [300, 1200, 2400, 300][i], start, start + 1).lastInsertRowid)
      );
      let at = start;
      let seq = 0;
      const say = (
        segmentId: number,
        questionId: number | null,
        kind: string,
        participantId: number | null,
        outletId: number | null,
        text: string
      ) => {
        const length = 5_000 + rnd.int(60_000);
        turn.run(id, ++seq, segmentId, questionId, kind, participantId, outletId, text, at, at + length);
        at += length;
      };
      const line = (n: number) => (english ? Array.from({ length: n }, () => rnd.pick(EN)).join(' ') : paragraph(n));
      say(seg[0]!, null, 'participant', parts[0]!, null, line(2));
      // statement: a few long turns; then questions and answers until the conference has its turns
      for (let i = 0; i < 6; i++) say(seg[1]!, null, 'participant', parts[1] ?? parts[0]!, null, line(3));
      let q = 0;
      while (seq < size.turnsPerConference - 1) {
        const outletId = rnd.pick(outlets);
        const spokesperson = parts[1 + rnd.int(parts.length - 1)] ?? parts[0]!;
        const text = english ? rnd.pick(EN) : paragraph(1) + '请问' + rnd.pick(TOPICS) + '方面有哪些举措？';
        const qid = Number(question.run(id, q++, outletId, text, spokesperson, at, at, at + 60_000, seg[2]).lastInsertRowid);
        say(seg[2]!, qid, 'reporter', null, outletId, text);
        say(seg[2]!, qid, 'participant', spokesperson, null, line(2));
        if (seq < size.turnsPerConference - 1) say(seg[2]!, qid, 'participant', spokesperson, null, line(1));
      }
      say(seg[3]!, null, 'participant', parts[0]!, null, english ? 'Thank you all.' : '本场新闻发布会到此结束，谢谢大家！');
    }
  })();
  return sentences;
}

const DOC_COLUMNS = 'kind, turn_id, question_id, conference_id, person_id, outlet_id, speaker, body';

/** generateArchive with the search triggers off, then the index built in one pass and the triggers put back. */
export function generateIndexedArchive(db: Database, size: ArchiveSize, seed?: number): string[] {
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'").all() as {
    name: string;
  }[];
  for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`);
  const sentences = generateArchive(db, size, seed);
  db.transaction(() => {
    db.exec(`INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source`);
    db.exec(`INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source`);
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('rebuild')");
    db.exec(SEARCH_TRIGGERS);
  })();
  return sentences;
}
