import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHELL_LANGUAGES, fill, shellStrings } from '../../src/main/menu-strings';
import { externalUrlAllowed, isOwnRenderer } from '../../src/main/navigation-policy';
import { contentSecurityPolicy } from '../../src/main/content-security-policy';
import { windowOptions } from '../../src/main/window-options';

// The shell cannot run where Electron's binary is missing, so what it relies on
// is tested here from plain modules, and its source is checked for the wiring.

const root = path.resolve(import.meta.dirname, '../..');
const source = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the Electron shell’s security settings', () => {
  it('isolates and sandboxes the window, with no Node in the page', () => {
    const options = windowOptions('/app/out/preload/index.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false
    });
    expect(options.show).toBe(false);
  });

  it('has a CSP that allows only the app’s own scripts and no framing', () => {
    for (const dev of [false, true]) {
      const csp = contentSecurityPolicy({ dev });
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
    }
    expect(contentSecurityPolicy({ dev: false })).toContain("connect-src 'self';");
    expect(contentSecurityPolicy()).toContain("form-action 'none'");
  });

  it('trusts only its own renderer for IPC and navigation', () => {
    const rendererDir = path.join(root, 'out', 'renderer');
    const built = { rendererDir, devUrl: null };
    const index = pathToFileURL(path.join(rendererDir, 'index.html')).href;
    expect(isOwnRenderer(index, built)).toBe(true);
    expect(isOwnRenderer(`${index}#/live/3`, built)).toBe(true);
    expect(isOwnRenderer(pathToFileURL(path.join(root, 'out', 'renderer-evil', 'index.html')).href, built)).toBe(false);
    expect(isOwnRenderer(pathToFileURL(path.join(rendererDir, '..', 'main', 'index.js')).href, built)).toBe(false);
    expect(isOwnRenderer('file:///etc/passwd', built)).toBe(false);
    expect(isOwnRenderer('https://evil.example/', built)).toBe(false);
    expect(isOwnRenderer('', built)).toBe(false);
    expect(isOwnRenderer('http://localhost:5173/', built)).toBe(false);
    const dev = { rendererDir, devUrl: 'http://localhost:5173' };
    expect(isOwnRenderer('http://localhost:5173/#/setup', dev)).toBe(true);
    expect(isOwnRenderer('http://localhost:5174/', dev)).toBe(false);
  });

  it('opens only plain web links externally', () => {
    expect(externalUrlAllowed('https://www.dzwww.com/')).toBe(true);
    expect(externalUrlAllowed('http://example.org/a?b=c')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pass@example.org/',
      'http://localhost:4310/',
      'http://127.0.0.1:4310/api',
      'http://[::1]/',
      'not a url'
    ]) {
      expect(externalUrlAllowed(url), url).toBe(false);
    }
  });

  it('keeps electron out of the modules tests import: only the two entry points load it, the rest names its types', () => {
    for (const file of [
      'src/main/window-options.ts',
      'src/main/navigation-policy.ts',
      'src/main/menu-strings.ts',
      'src/main/shell.ts',
      'src/main/shell-menu.ts',
      'src/main/stage-window.ts',
      'src/main/electron-pdf.ts',
      'src/main/electron-api.ts',
      'src/preload/bridge.ts'
    ]) {
      expect(source(file), file).not.toMatch(/import (?!type )[^;]*from ['"]electron['"]|require\(['"]electron['"]\)/);
    }
    // the wiring itself runs against a typed double: test/shell/shell.test.ts and preload.test.ts
    expect(source('src/main/index.ts')).toMatch(/startShell\(electron satisfies ElectronApi/);
    expect(source('src/preload/index.ts')).toMatch(/exposeBridge\(\{ contextBridge, ipcRenderer \} satisfies PreloadApi\)/);
  });
});

describe('the shell’s menu strings', () => {
  it('has every label in Chinese and English', () => {
    expect(SHELL_LANGUAGES).toEqual(['en', 'zh']);
    const en = shellStrings('en-US');
    const zh = shellStrings('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh)) {
      expect(value, key).not.toBe('');
      expect(value, key).not.toBe(en[key as keyof typeof en]);
    }
    expect(shellStrings('zh-TW').help).toBe('帮助');
    expect(shellStrings('fr').help).toBe('Help');
    expect(fill(zh.browserAddress, { url: 'http://127.0.0.1:1234/' })).toBe('浏览器模式地址：http://127.0.0.1:1234/');
  });
});
