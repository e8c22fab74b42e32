import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

// `npm run serve` as a user runs it (without the build step): a real process, a real port, a real signal.

const root = path.resolve(import.meta.dirname, '../..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function serve(args: string[], lang = 'C') {
  const child = spawn(process.execPath, [tsxCli, path.join(root, 'src/main/server/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LANG: lang, LC_ALL: lang, ROSTRUM_DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    child,
    output: () => output,
    /** resolves with the output once it contains `text` */
    waitFor(text: string): Promise<string> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) resolve(output);
        };
        child.stdout.on('data', check);
        child.on('exit', (code) => reject(new Error(`serve exited (${code}) before printing “${text}”:\n${output}`)));
        check();
      });
    }
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('npm run serve', () => {
  it('prints the console URL with its token, reports a moved-aside database, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(dataDir, 'rostrum.db'), 'this is not a database, it is a laptop that lost power mid-write');
    const run = serve(['--port', '0', '--data-dir', dataDir, '--token']);
    const output = await run.waitFor('Ctrl+C');
    expect(output).toContain(`Data folder: ${dataDir}`);
    expect(output).toMatch(/moved aside to: .*rostrum\.db\.corrupt-/);
    const consoleUrl = /Moderator console: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)![1]!;
    expect(output).toMatch(/Read-only \(stage display\): http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+#\/stage/);
    expect(output).toMatch(/Spokesperson's desk: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+#\/desk/);
    // on loopback no phone can reach the submission page: said, not hidden
    expect(output).toMatch(/Reporters' questions .*: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+#\/submit \(only on this computer/);
    const url = new URL(consoleUrl);
    const health = await fetch(`${url.origin}/healthz`, { headers: { authorization: `Bearer ${url.searchParams.get('token')}` } });
    expect(health.status).toBe(200);
    expect((await fetch(`${url.origin}/healthz`)).status).toBe(401);

    const exit = exited(run.child);
    run.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(run.output()).toContain('Stopping Rostrum');
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('rostrum.db.corrupt-'))).toBe(true);
  });

  it('speaks Chinese when the system does, and binds loopback without a token by default', async () => {
    const dataDir = tempDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const run = serve(['--port', '0', '--data-dir', dataDir], 'zh_CN.UTF-8');
    const output = await run.waitFor('Ctrl+C');
    const consoleUrl = /主持人控制台: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(output)![1]!;
    expect(output).not.toContain('token=');
    expect((await fetch(`${consoleUrl}healthz`)).status).toBe(200);
    const exit = exited(run.child);
    run.child.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('refuses a bad port with a clear message', async () => {
    const run = serve(['--port', 'eighty']);
    expect(await exited(run.child)).toBe(1);
    expect(run.output()).toContain('--port: eighty is not a port number');
  });
});
