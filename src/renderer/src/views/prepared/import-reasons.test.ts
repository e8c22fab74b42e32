import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/prepared.json';
import zh from '../../i18n/locales/zh/prepared.json';
import { cellReason, fileRefusal } from './import-reasons';
import { readSpreadsheet, SpreadsheetFileError, toBase64 } from './spreadsheet-file';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { zh: { prepared: zh }, en: { prepared: en } }, lng: 'zh', interpolation: { escapeValue: false } });
});
const tz = () => i18n.getFixedT('zh');
const ten = () => i18n.getFixedT('en');

describe('a refused cell, in the moderator’s language', () => {
  it('says each reason the server gives (the messages of core/prepared/import-check.ts)', () => {
    expect(cellReason('is a formula; formulas are not evaluated: type the value itself', tz())).toBe('是公式：公式不会被计算，请直接填写数值');
    expect(cellReason('must be text, not a number', tz())).toBe('须为文字，不能是 数字');
    expect(cellReason('must be text, not a date', ten())).toBe('must be text, not a date');
    expect(cellReason('no one called “张三” is on this conference’s roster', tz())).toBe('本场发布会名单上没有“张三”');
    expect(cellReason('must be at most 100 characters', ten())).toBe('longer than 100 characters');
    expect(cellReason('row 9 is not an imported question', tz())).toBe('第 9 行不是导入的报题');
    expect(cellReason('must be yes or no (是 / 否)', tz())).toBe('须填“是”或“否”');
  });
  it('shows a message it does not know as the server wrote it', () => {
    expect(cellReason('something new', tz())).toBe('something new');
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
