import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, type ImportPreview } from '../../src/shared/prepared';
import { openTestApp, type TestApp } from '../helpers';
import { dump, expectRefused, setupConference, type Setup } from '../fixtures';

let app: TestApp;
let setup: Setup;
beforeEach(() => {
  app = openTestApp();
  setup = setupConference(app);
});
afterEach(() => app.cleanup());

type Cell = ExcelJS.CellValue;

/** A real XLSX, written by exceljs: one sheet per entry, its first row the headers. */
async function xlsx(sheets: Record<string, Cell[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding).toString('base64');

function preview(fileName: string, data: string): ImportPreview {
  return app.router.invoke('prepared.importPreview', { conferenceId: setup.conferenceId, fileName, data });
}

const QUESTIONS: Cell[][] = [
  ['媒体', '记者', '问题', '答问人', '主题'],
  ['大众网', '张记者', '请问下一年将采取哪些措施持续改进机关作风？', '李琦', '作风建设'],
  ['中国山东网', '', '百姓宣讲取得了哪些成绩？', '朱雷', '宣讲'],
  ['闪电新闻', '王记者', '党建与业务如何深度融合？', '', '']
];
const CARDS: Cell[][] = [
  ['发布人', '主题', '标题', '要点', '数据', '提法', '避免', '不主动提及', '关键词', '关联问题'],
  ['李琦', '作风建设', '改进机关作风', '一、深化机关纪委规范化建设\n二、强化监督', '专项检查12次', '正风肃纪', '问责人数', '是', '作风,廉洁', '2'],
  ['朱雷', '宣讲', '百姓宣讲', '推荐11名选手', 11, '', '', '否', '宣讲', '百姓宣讲取得了哪些成绩？']
];

describe('importing prepared questions and cards from a spreadsheet', () => {
  it('previews an XLSX with Chinese headers and a cards sheet, changing nothing, then imports it in one go', async () => {
    const before = dump(app.db);
    const data = await xlsx({ 报题: QUESTIONS, 口径: CARDS });
    const shown = preview('报题.xlsx', data);
    expect(dump(app.db)).toEqual(before);
    expect(shown.totals).toEqual({ questions: 3, cards: 2, rowsWithErrors: 0, newOutlets: ['大众网', '中国山东网', '闪电新闻'] });
    expect(shown.questions[0]).toEqual({
      row: 2,
      values: {
        outlet: '大众网',
        reporter: '张记者',
        question: '请问下一年将采取哪些措施持续改进机关作风？',
        addressedTo: '李琦',
        topic: '作风建设',
        category: ''
      },
      errors: []
    });
    expect(shown.cards[1]!.values).toMatchObject({ figures: '11', linkedQuestions: '百姓宣讲取得了哪些成绩？', doNotVolunteer: '否' });

    const result = app.router.invoke('prepared.importConfirm', { conferenceId: setup.conferenceId, questions: shown.questions, cards: shown.cards });
    expect(result).toEqual({ questions: 3, cards: 2, outletsCreated: 3 });
    const prepared = app.router.invoke('prepared.list', { conferenceId: setup.conferenceId });
    expect(prepared.map((p) => [p.outletName, p.reporterName, p.addressedToId, p.topic])).toEqual([
      ['大众网', '张记者', setup.li.id, '作风建设'],
      ['中国山东网', '', setup.zhu.id, '宣讲'],
      ['闪电新闻', '王记者', null, '']
    ]);
    const cards = app.router.invoke('cards.list', { conferenceId: setup.conferenceId });
    expect(cards.map((c) => [c.title, c.participantId, c.doNotVolunteer, c.preparedIds])).toEqual([
      ['改进机关作风', setup.li.id, true, [prepared[0]!.id]],
      ['百姓宣讲', setup.zhu.id, false, [prepared[1]!.id]]
    ]);
    expect(cards[0]!.points).toBe('一、深化机关纪委规范化建设\n二、强化监督');
  });

  it('reads English headers from CSV, in UTF-8 with a BOM or in GB18030 as Excel saves it in Chinese', () => {
    const english = preview(
      'questions.csv',
      csv('\uFEFFOutlet,Reporter,Question,Addressed to,Topic\nReuters,Jane Doe,"What next, and when?",李琦,economy\n')
    );
    expect(english.questions[0]!.values).toMatchObject({
      outlet: 'Reuters',
      question: 'What next, and when?',
      addressedTo: '李琦',
      topic: 'economy'
    });
    expect(english.questions[0]!.errors).toEqual([]);
    // 媒体,问题 / 大众网,作风建设有何举措？ in GB18030, the bytes Excel writes for a CSV on a Chinese Windows
    const gb18030 = Buffer.from('c3bdcce52ccecacce20ab4f3d6dacdf82cd7f7b7e7bda8c9e8d3d0bacebed9b4eba3bf0a', 'hex').toString('base64');
    expect(preview('报题.csv', gb18030).questions[0]!.values).toMatchObject({ outlet: '大众网', question: '作风建设有何举措？' });
  });

  it('refuses a file without a required column, naming it, and an unknown format', async () => {
    const missing = app.router.call('prepared.importPreview', {
      conferenceId: setup.conferenceId,
      fileName: 'q.xlsx',
      data: await xlsx({
        Sheet1: [
          ['媒体', '记者'],
          ['大众网', '张记者']
        ]
      })
    });
    const error = expectRefused(missing, 'invalid_input', 'data');
    expect(error.message).toMatch(/no column question/);
    expect(error.details?.missingColumns).toEqual(['question']);
    expectRefused(
      app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'q.docx', data: csv('x') }),
      'invalid_input',
      'fileName'
    );
    expectRefused(
      app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'q.xlsx', data: csv('not a zip') }),
      'invalid_input',
      'data'
    );
    expectRefused(
      app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'q.csv', data: '' }),
      'invalid_input',
      'data'
    );
    expectRefused(
      app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'q.csv', data: '%%%' }),
      'invalid_input',
      'data'
    );
    // larger than an import takes (3 MB), refused by its size before it is decoded
    const large = Buffer.alloc(3 * 1024 * 1024 + 3, 'a').toString('base64');
    const call = app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'q.csv', data: large });
    expect(expectRefused(call, 'invalid_input', 'data').message).toMatch(/larger than 3 MB/);
  });

  it('marks formulas, wrong types, unknown spokespeople and empty required cells by row and column, never evaluating a formula', async () => {
    const data = await xlsx({
      Sheet1: [
        ['outlet', 'reporter', 'question', 'addressed to', 'topic', 'category'],
        ['大众网', '张记者', { formula: '"问"&"题"', result: '问题' }, '', '', ''],
        ['大众网', 42, '问题二', '', '', ''],
        ['大众网', '', '问题三', '不存在的人', '', ''],
        ['', '', '', '', '主题', ''],
        ['新华社', '', '问题五', '', '', 'galactic'],
        ['新华社', '', '问题六', '', '', 'central']
      ],
      cards: [
        ['spokesperson', 'title', 'points', 'do not volunteer', 'linked questions'],
        ['李琦', '', '要点', 'maybe', '99'],
        ['李琦', '标题', { formula: 'A1' }, '', '7']
      ]
    });
    const shown = preview('bad.xlsx', data);
    const errors = (rows: ImportPreview['questions'] | ImportPreview['cards']) => rows.map((r) => [r.row, r.errors.map((e) => e.column)]);
    expect(errors(shown.questions)).toEqual([
      [2, ['question']],
      [3, ['reporter']],
      [4, ['addressedTo']],
      [5, ['question', 'outlet']],
      [6, ['category']],
      [7, []]
    ]);
    expect(shown.questions[0]!.errors[0]!.message).toMatch(/formula/);
    expect(shown.questions[0]!.values.question).toBe('');
    expect(shown.questions[1]!.errors[0]).toEqual({ column: 'reporter', reason: 'type', value: 'number', message: 'must be text, not a number' });
    // each refusal carries its reason and what it names, for the view to word in its language
    const reasons = (rows: ImportPreview['questions'] | ImportPreview['cards']) =>
      rows.flatMap((r) => r.errors.map((e) => [r.row, e.reason, e.value]));
    expect(reasons(shown.questions)).toEqual([
      [2, 'formula', ''],
      [3, 'type', 'number'],
      [4, 'unknownPerson', '不存在的人'],
      [5, 'required', ''],
      [5, 'required', ''],
      [6, 'category', 'galactic']
    ]);
    expect(reasons(shown.cards)).toEqual([
      [2, 'required', ''],
      [2, 'yesNo', 'maybe'],
      [2, 'unknownRow', '99'],
      [3, 'formula', '']
    ]);
    expect(errors(shown.cards)).toEqual([
      [2, ['title', 'doNotVolunteer', 'linkedQuestions']],
      [3, ['points']]
    ]);
    expect(shown.totals).toMatchObject({ questions: 6, cards: 2, rowsWithErrors: 7, newOutlets: ['新华社'] });
  });

  it('reads rich text as its plain text, and refuses a CSV cell that is a formula', async () => {
    const rich: Cell = { richText: [{ text: '大众' }, { text: '网', font: { bold: true } }] };
    const shown = preview(
      'rich.xlsx',
      await xlsx({
        Sheet1: [
          ['媒体', '问题'],
          [rich, '加粗的媒体名？']
        ]
      })
    );
    expect(shown.questions[0]).toMatchObject({ values: { outlet: '大众网' }, errors: [] });
    const formula = preview('f.csv', csv('outlet,question\n大众网,"=HYPERLINK(""http://x"")"\n'));
    expect(formula.questions[0]!.errors).toEqual([{ column: 'question', reason: 'formula', value: '', message: expect.stringMatching(/formula/) }]);
    expect(formula.questions[0]!.values.question).toBe('');
  });

  it('confirms only rows that pass again: one bad row refuses the whole import, naming row and column', async () => {
    const shown = preview('报题.xlsx', await xlsx({ Sheet1: QUESTIONS }));
    const before = dump(app.db);
    const tampered = shown.questions.map((q, i) => (i === 1 ? { ...q, values: { ...q.values, addressedTo: '不存在的人' } } : q));
    const refused = expectRefused(
      app.router.call('prepared.importConfirm', { conferenceId: setup.conferenceId, questions: tampered }),
      'invalid_input',
      'questions.1.values.addressedTo'
    );
    expect(refused.message).toMatch(/^Row 3, addressedTo/);
    expect(refused.details).toMatchObject({ row: 3, column: 'addressedTo', reason: 'unknownPerson', value: '不存在的人' });
    expectRefused(app.router.call('prepared.importConfirm', { conferenceId: setup.conferenceId }), 'invalid_input', 'questions');
    expectRefused(
      app.router.call('prepared.importConfirm', {
        conferenceId: setup.conferenceId,
        cards: [{ row: 2, values: { title: '卡', linkedQuestions: '5' } }]
      }),
      'invalid_input',
      'cards.0.values.linkedQuestions'
    );
    expect(dump(app.db)).toEqual(before);
  });

  it(`refuses a sheet of 50,000 rows quickly, before reading it through (at most ${IMPORT_MAX_ROWS} rows)`, async () => {
    const rows: Cell[][] = [['媒体', '问题']];
    for (let i = 0; i < 50_000; i++) rows.push(['大众网', `第${i}个问题`]);
    const data = await xlsx({ Sheet1: rows });
    const started = performance.now();
    const refused = app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'big.xlsx', data });
    const elapsed = performance.now() - started;
    const error = expectRefused(refused, 'invalid_input', 'data');
    expect(error.message).toMatch(/more than 5,000 rows/);
    console.log(`50,000-row XLSX (${Math.round((data.length * 3) / 4 / 1024)} KB) refused in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1_000);

    const lines = ['outlet,question', ...Array.from({ length: 50_000 }, (_, i) => `大众网,第${i}个问题`)].join('\n');
    const csvStarted = performance.now();
    expectRefused(
      app.router.call('prepared.importPreview', { conferenceId: setup.conferenceId, fileName: 'big.csv', data: csv(lines) }),
      'invalid_input',
      'data'
    );
    const csvElapsed = performance.now() - csvStarted;
    console.log(`50,000-row CSV refused in ${csvElapsed.toFixed(0)} ms`);
    expect(csvElapsed).toBeLessThan(1_000);

    // exactly the most an import takes is read, and previewed in full
    const most = ['outlet,question', ...Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => `大众网,第${i}个问题`)].join('\n');
    expect(preview('most.csv', csv(most)).totals.questions).toBe(IMPORT_MAX_ROWS);
    const mostXlsx = await xlsx({ Sheet1: rows.slice(0, IMPORT_MAX_ROWS + 1) });
    const readStarted = performance.now();
    expect(preview('most.xlsx', mostXlsx).totals).toMatchObject({ questions: IMPORT_MAX_ROWS, rowsWithErrors: 0 });
    console.log(`${IMPORT_MAX_ROWS}-row XLSX previewed in ${(performance.now() - readStarted).toFixed(0)} ms`);
    // writing the 50,000-row workbook with exceljs takes seconds on a busy machine; the refusal itself is timed above
  }, 30_000);
});
