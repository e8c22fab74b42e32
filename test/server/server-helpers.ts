import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AppError, Result } from '../../src/shared/errors';
import { startServer, type RunningServer, type ServerOptions } from '../../src/main/server/server';
import { openTestApp, tempDir, type TestApp } from '../helpers';

export interface TestServer {
  app: TestApp;
  server: RunningServer;
  base: string;
  staticDir: string;
  /** a file next to (outside) the static folder, which must never be served */
  secretFile: string;
  close(): Promise<void>;
}

export const INDEX_HTML = '<!doctype html><title>Rostrum test</title><div id="root"></div>';
export const SECRET = 'TOP-SECRET-OUTSIDE-THE-STATIC-ROOT';

/** A real server on port 0, over a real SQLite file, serving a small fake renderer build. */
export async function startTestServer(options: Omit<ServerOptions, 'rostrum' | 'staticDir'> = {}): Promise<TestServer> {
  const app = openTestApp();
  const outer = tempDir('rostrum-static-');
  const staticDir = path.join(outer, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), 'console.log("rostrum")');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc123.css'), 'body{margin:0}');
  fs.writeFileSync(path.join(staticDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  const secretFile = path.join(outer, 'secret.txt');
  fs.writeFileSync(secretFile, SECRET);
  // a symlink inside the root that points outside it
  fs.symlinkSync(secretFile, path.join(staticDir, 'assets', 'link.txt'));
  const server = await startServer({ rostrum: app, staticDir, ...options });
  return {
    app,
    server,
    base: `http://127.0.0.1:${server.port}`,
    staticDir,
    secretFile,
    async close() {
      await server.close();
      app.cleanup();
      fs.rmSync(outer, { recursive: true, force: true });
    }
  };
}

export interface Posted<T> {
  status: number;
  body: Result<T>;
}

export async function post<T = unknown>(base: string, method: string, input: unknown, token?: string): Promise<Posted<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

/** The value of a successful call; fails the test with the error otherwise. */
export function valueOf<T>(posted: Posted<T>): T {
  if (!posted.body.ok) throw new Error(`expected ok, got HTTP ${posted.status}: ${JSON.stringify(posted.body.error)}`);
  return posted.body.value;
}

/** The error of a failed call; fails the test when the call succeeded. */
export function errorOf(posted: Posted<unknown>): AppError {
  if (posted.body.ok) throw new Error(`expected an error, got HTTP ${posted.status} ok`);
  return posted.body.error;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written: fetch would normalise ../ and refuses to set Host. */
export function rawRequest(
  port: number,
  requestPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: requestPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export function countRows(app: TestApp, table: 'conferences' | 'outlets' | 'people'): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
