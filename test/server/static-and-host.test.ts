import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { contentTypeOf } from '../../src/main/server/static-files';
import { INDEX_HTML, SECRET, countRows, rawRequest, startTestServer, type TestServer } from './server-helpers';
import { contentSecurityPolicy } from '../../src/main/content-security-policy';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('browser mode: static files', () => {
  it('serves index.html for / and for client routes, with the security headers', async () => {
    t = await startTestServer();
    for (const route of ['/', '//', '/index.html', '/stage', '/conference/3/live']) {
      const page = await rawRequest(t.server.port, route);
      expect(page.status, route).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      // the one policy, the Electron window's too: no form is sent anywhere
      expect(page.headers['content-security-policy']).toContain("form-action 'none'");
      expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy());
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves assets with their content types, cached for good', async () => {
    t = await startTestServer();
    const js = await rawRequest(t.server.port, '/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await rawRequest(t.server.port, '/assets/index-abc123.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await rawRequest(t.server.port, '/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
    const head = await rawRequest(t.server.port, '/assets/index-abc123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await rawRequest(t.server.port, '/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    t = await startTestServer();
    const name = path.basename(t.secretFile);
    const attempts = [
      `/../${name}`,
      `/assets/../../${name}`,
      `/%2e%2e/${name}`,
      `/..%2f${name}`,
      `/assets/..%2f..%2f${name}`,
      `/%2e%2e%2f${name}`,
      `/..%5c${name}`,
      `/assets/%2e%2e%5c%2e%2e%5c${name}`,
      `/${name}%00.html`,
      `/assets/link.txt`, // a symlink pointing out of the folder
      `//${t.secretFile}`,
      `//evil.example/${name}`,
      `/%2f${t.secretFile.slice(1)}`
    ];
    for (const attempt of attempts) {
      const response = await rawRequest(t.server.port, attempt);
      expect(response.body, attempt).not.toContain(SECRET);
      expect(response.status, attempt).toBe(404);
    }
    expect(fs.readFileSync(t.secretFile, 'utf8')).toBe(SECRET); // the file is there to be stolen
  });

  it('says when the console is not built', async () => {
    t = await startTestServer();
    fs.rmSync(t.staticDir, { recursive: true });
    const page = await rawRequest(t.server.port, '/');
    expect(page.status).toBe(404);
    expect(JSON.parse(page.body).error.message).toMatch(/npm run build/);
  });
});

describe('browser mode: Host and Origin', () => {
  it('answers only loopback host names when bound to loopback (DNS rebinding)', async () => {
    t = await startTestServer();
    const port = t.server.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await rawRequest(port, '/healthz', { headers: { host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`]) {
      const response = await rawRequest(port, '/api/conference.create', {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'rebound' })
      });
      expect(response.status, host).toBe(403);
      expect(JSON.parse(response.body).error.code).toBe('forbidden');
    }
    expect(countRows(t.app, 'conferences')).toBe(0);
  });

  it('refuses requests and sockets from a page of another site', async () => {
    t = await startTestServer();
    const port = t.server.port;
    const crossSite = await rawRequest(port, '/api/conference.create', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'cross-site' })
    });
    expect(crossSite.status).toBe(403);
    expect(countRows(t.app, 'conferences')).toBe(0);
    const sameSite = await rawRequest(port, '/api/conference.list', {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' },
      body: '{}'
    });
    expect(sameSite.status).toBe(200);

    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/events`, { origin: 'http://evil.example' });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });
});
