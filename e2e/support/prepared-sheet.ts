import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HezePlan } from './heze';

/**
 * The spreadsheets a press office sends in, written with exceljs into a temp
 * folder for the file input: ten prepared questions (报题) with Chinese headers and
 * five answer cards (口径) on a sheet of their own, the first card linked to the
 * first question by its row number. Every card carries a phrase found nowhere else,
 * so a test can tell where card text leaks.
 */
export interface PreparedSheet {
  file: string;
  /** the questions as written, in row order (row 2 is the first) */
  questions: { outlet: string; reporter: string; question: string; answerer: string; topic: string }[];
  cards: { spokesperson: string; topic: string; title: string; points: string; phrase: string; doNotVolunteer: boolean }[];
}

const EXTRA = [
  '请问市直机关在推进“放管服”改革方面有哪些具体举措？',
  '今年在干部作风建设方面还将开展哪些专项行动？',
  '请介绍一下机关党建品牌创建的最新进展。',
  '基层减负工作中，如何防止形式主义反弹？',
  '下一步如何推动党建与业务深度融合？',
  '请问模范机关创建的评价标准是什么？',
  '机关青年干部的培养有哪些新办法？',
  '请谈谈机关党建工作的数字化建设情况。'
];

export function preparedQuestions(plan: HezePlan): PreparedSheet['questions'] {
  const fromRecord = plan.exchanges.map((e, i) => ({
    outlet: e.outlet,
    reporter: `记者${i + 1}`,
    question: e.question.split('\n')[0]!,
    answerer: e.answerer,
    topic: `话题${i + 1}`
  }));
  const extras = EXTRA.map((question, i) => {
    const e = plan.exchanges[i % plan.exchanges.length]!;
    return { outlet: e.outlet, reporter: `补充记者${i + 1}`, question, answerer: e.answerer, topic: `补充话题${i + 1}` };
  });
  return [...fromRecord, ...extras].slice(0, 10);
}

export function answerCards(plan: HezePlan, questions: PreparedSheet['questions']): PreparedSheet['cards'] {
  return Array.from({ length: 5 }, (_, i) => {
    const q = questions[i]!;
    const phrase = `内部口径专用短语${7301 + i}号`;
    return {
      spokesperson: q.answerer,
      topic: q.topic,
      title: `口径卡${i + 1}：${q.topic}`,
      points: `一、${phrase}\n二、回应${q.outlet}的关切，先讲成效再讲举措。`,
      phrase,
      doNotVolunteer: i === 0
    };
  });
}

export async function writePreparedSheet(plan: HezePlan): Promise<PreparedSheet> {
  const questions = preparedQuestions(plan);
  const cards = answerCards(plan, questions);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报题');
  sheet.addRow(['媒体', '记者', '问题', '答问人', '主题']);
  for (const q of questions) sheet.addRow([q.outlet, q.reporter, q.question, q.answerer, q.topic]);
  const cardSheet = workbook.addWorksheet('口径');
  cardSheet.addRow(['发布人', '主题', '标题', '要点', '数据', '提法', '避免', '不主动提及', '关键词', '关联问题']);
  cards.forEach((c, i) =>
    cardSheet.addRow([
      c.spokesperson,
      c.topic,
      c.title,
      c.points,
      `同比增长${12 + i}%`,
      '稳步推进',
      '绝对',
      c.doNotVolunteer ? '是' : '否',
      c.topic,
      String(i + 2)
    ])
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-prepared-'));
  const file = path.join(dir, '报题与口径.xlsx');
  await workbook.xlsx.writeFile(file);
  return { file, questions, cards };
}

/** A sheet a press office gets wrong: `missing` drops the 问题 column; else row 3 holds a formula and row 4 a number for the outlet. */
export async function writeBadSheet(plan: HezePlan, fault: 'missingColumn' | 'badCells'): Promise<string> {
  const questions = preparedQuestions(plan).slice(0, 4);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报题');
  if (fault === 'missingColumn') {
    sheet.addRow(['媒体', '记者', '答问人']);
    for (const q of questions) sheet.addRow([q.outlet, q.reporter, q.answerer]);
  } else {
    sheet.addRow(['媒体', '记者', '问题', '答问人', '主题']);
    questions.forEach((q, i) => {
      if (i === 1) sheet.addRow([q.outlet, q.reporter, { formula: 'CONCAT("请问","减负")', result: '请问减负' }, q.answerer, q.topic]);
      else if (i === 2) sheet.addRow([12345, q.reporter, q.question, q.answerer, q.topic]);
      else sheet.addRow([q.outlet, q.reporter, q.question, q.answerer, q.topic]);
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-prepared-bad-'));
  const file = path.join(dir, `bad-${fault}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}
