import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import enMain from '../src/renderer/src/i18n/locales/en/main.json';
import zhMain from '../src/renderer/src/i18n/locales/zh/main.json';
import { fill, languageOfLocale, mainStrings } from '../src/main/core/strings';
import { shellStrings } from '../src/main/menu-strings';
import { cliMessages } from '../src/main/server/cli-messages';
import { startedConference } from './fixtures';
import { openTestApp } from './helpers';

// Main-process text is written once, in the i18n files (namespace "main"), in both languages.

const root = path.resolve(import.meta.dirname, '..');

describe('the main process’s string table', () => {
  it('menu, terminal and report headings are the i18n files’ own objects', () => {
    expect(shellStrings('zh-CN')).toBe(zhMain.menu);
    expect(shellStrings('en-GB')).toBe(enMain.menu);
    expect(cliMessages({ LANG: 'zh_CN.UTF-8' })).toBe(zhMain.cli);
    expect(cliMessages({ LANG: 'C' })).toBe(enMain.cli);
    expect(mainStrings('zh').reportCsv).toBe(zhMain.reportCsv);
  });

  it('repeats none of it in the modules that use it', () => {
    for (const file of ['src/main/menu-strings.ts', 'src/main/server/cli-messages.ts', 'src/main/core/archive/report-csv.ts']) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const sample of ['退出 Rostrum', '浏览器模式', '数据文件夹', '计划（秒）', 'Planned (s)', 'Press Ctrl+C']) {
        expect(text, `${file} repeats “${sample}”`).not.toContain(sample);
      }
    }
  });

  it('writes a report CSV’s headings from the table, in the report’s language', () => {
    const app = openTestApp();
    try {
      const { conferenceId } = startedConference(app);
      const zh = app.router.invoke('report.csv', { report: 'conference', conferenceId, language: 'zh' });
      const en = app.router.invoke('report.csv', { report: 'conference', conferenceId, language: 'en' });
      const header = (csv: { content: string }) => csv.content.replace(/^\uFEFF/, '').split('\r\n')[0];
      expect(header(zh)).toBe(['conference', 'date', 'planned', 'extended', 'actual', 'overrun'].map((k) => zhMain.reportCsv[k as 'date']).join(','));
      expect(header(en)).toBe('Conference,Date,Planned (s),Extended (s),Actual (s),Overrun (s)');
    } finally {
      app.cleanup();
    }
  });

  it('fills {{placeholders}} the way the renderer’s i18next does', () => {
    expect(fill(zhMain.menu.browserAddress, { url: 'http://127.0.0.1:1234/' })).toBe('浏览器模式地址：http://127.0.0.1:1234/');
    expect(fill(enMain.cli.portBusy, { port: '4310' })).toBe('Port 4310 is in use; using a free port instead.');
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
    expect(languageOfLocale('zh-TW')).toBe('zh');
    expect(languageOfLocale('fr')).toBe('en');
  });
});
