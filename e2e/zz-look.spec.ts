import { type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum } from '../src/main/core/rostrum';
import { startServer } from '../src/main/server/server';
import { test } from './fixtures';

const STATIC_DIR = path.resolve(__dirname, '..', 'out', 'renderer');
const waitReady = (page: Page) => page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
test.skip(({ target }) => target === 'electron', 'look');

test('look', async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-look-'));
  const rostrum = openRostrum({ dataDir });
  const server = await startServer({ rostrum, host: '0.0.0.0', port: 0, staticDir: STATIC_DIR, token: true });
  const { invoke } = rostrum.router;
  const c = invoke('conference.create', { title: '菏泽市2024年优化营商环境新闻发布会', template: 'standard' });
  const dzw = invoke('outlet.create', { name: '大众网', category: 'provincial' });
  invoke('live.start', { conferenceId: c.id });
  invoke('question.register', { conferenceId: c.id, outletId: dzw.id, text: '请问市直机关在优化营商环境方面今年有哪些新举措？' });
  invoke('submission.accept', { conferenceId: c.id, accepting: true });
  const long = '请问市直机关工委：今年在优化营商环境、为基层减负方面有哪些具体举措？'.repeat(4).slice(0, 290);
  invoke('submission.create', { conferenceId: c.id, outlet: '大众网', reporter: '张晓', text: '请问在优化营商环境方面今年有哪些新举措？' }, { role: 'submit', device: 'a' });
  invoke('submission.create', { conferenceId: c.id, outlet: '菏泽日报社融媒体中心', reporter: '李明明', text: long }, { role: 'submit', device: 'b' });
  invoke('submission.create', { conferenceId: c.id, outlet: 'Reuters', reporter: 'Ann Smith', text: 'Will the new measures apply to foreign-invested firms as well, and when?', language: 'en' }, { role: 'submit', device: 'c' });
  for (const [w, h] of [[1280, 720], [1366, 768]]) {
    for (const lang of ['zh', 'en']) {
      const ctx = await browser.newContext({ viewport: { width: w!, height: h! }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/?token=${server.tokens!.operator}#/conference/${c.id}/live`);
      await waitReady(page);
      await page.getByTestId('moderation-item').first().waitFor();
      await page.screenshot({ path: `/tmp/rs/look-${w}-${lang}.png` });
      await page.getByTestId('moderation-panel').screenshot({ path: `/tmp/rs/look-panel-${w}-${lang}.png` });
      await page.getByTestId('moderation-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/rs/look-scrolled-${w}-${lang}.png` });
      if (w === 1280) {
        await page.getByTestId('moderation-qr-open').click();
        await page.getByTestId('moderation-qr-dialog').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `/tmp/rs/look-qr-${lang}.png` });
      }
      await ctx.close();
    }
  }
  await server.close();
  rostrum.close();
});
