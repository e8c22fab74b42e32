import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/prepared.json';
import zh from '../../i18n/locales/zh/prepared.json';
import type { ImportCellReason } from '../../../../shared/prepared';
import { cellReason, fileRefusal } from './import-reasons';
import { readSpreadsheet, SpreadsheetFileError, toBase64 } from './spreadsheet-file';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { zh: { prepared: zh }, en: { prepared: en } }, lng: 'zh', interpolation: { escapeValue: false } });
});
const tz = () => i18n.getFixedT('zh');
const ten = () => i18n.getFixedT('en');

describe('a refused cell, in the moderator’s language', () => {
  it('says each reason the server gives, with the value it names', () => {
    expect(cellReason({ reason: 'formula', value: '' }, tz())).toBe('是公式：公式不会被计算，请直接填写数值');
    expect(cellReason({ reason: 'type', value: 'number' }, tz())).toBe('须为文字，不能是 数字');
    expect(cellReason({ reason: 'type', value: 'date' }, ten())).toBe('must be text, not a date');
    expect(cellReason({ reason: 'unknownPerson', value: '张三' }, tz())).toBe('本场发布会名单上没有“张三”');
    expect(cellReason({ reason: 'tooLong', value: '100' }, ten())).toBe('longer than 100 characters');
    expect(cellReason({ reason: 'unknownRow', value: '9' }, tz())).toBe('第 9 行不是导入的报题');
    expect(cellReason({ reason: 'yesNo', value: '' }, tz())).toBe('须填“是”或“否”');
  });
  it('has a text for every reason, in both languages', () => {
    // a Record over the union: a reason the server adds fails to compile here until it has a text
    const every: Record<ImportCellReason, true> = {
      formula: true,
      spreadsheetError: true,
      type: true,
      required: true,
      tooLong: true,
      control: true,
      oneLine: true,
      unknownPerson: true,
      category: true,
      yesNo: true,
      unknownRow: true,
      unknownLink: true
    };
    for (const reason of Object.keys(every)) {
      expect(Object.keys(zh.import.reason)).toContain(reason);
      expect(Object.keys(en.import.reason)).toContain(reason);
    }
  });
});

describe('a refused file', () => {
  it('names the missing columns and their sheet', () => {
    const error = {
      code: 'invalid_input' as const,
      message: 'The sheet “报题” has no column question (question / questions / questiontext / 问题), outlet (…).',
      details: { field: 'data', sheet: '报题', missingColumns: ['question', 'outlet'] }
    };
    expect(fileRefusal(error, tz())).toBe('工作表“报题”缺少列：问题、媒体（第一行须为列名）');
    expect(fileRefusal(error, ten())).toBe('the sheet “报题” has no column Question, Outlet (the first row must name the columns)');
  });
  it('says why a file too long or not a spreadsheet is refused', () => {
    const tooMany = { code: 'invalid_input' as const, message: 'The sheet “Sheet1” has more than 5,000 rows; an import takes at most that many.' };
    expect(fileRefusal(tooMany, tz())).toBe('工作表超过 5,000 行，一次最多导入这么多行');
    const notXlsx = { code: 'invalid_input' as const, message: 'The file is not a readable Excel workbook: bad zip' };
    expect(fileRefusal(notXlsx, ten())).toBe('it is not a readable Excel workbook (.xlsx)');
  });
});

describe('reading the chosen file', () => {
  const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });
  it('sends its bytes as base64, in chunks for a large file', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    const read = await readSpreadsheet(file('报题.xlsx', bytes));
    expect(read.fileName).toBe('报题.xlsx');
    expect(read.data).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array([0xe6, 0x8a, 0xa5]))).toBe('5oql');
  });
  it('refuses what is not .xlsx or .csv, and an empty file, before sending anything', async () => {
    await expect(readSpreadsheet(file('报题.xls', new Uint8Array([1])))).rejects.toEqual(new SpreadsheetFileError('type'));
    await expect(readSpreadsheet(file('报题.csv', new Uint8Array()))).rejects.toMatchObject({ reason: 'empty' });
  });
});
