/* global process, console, setTimeout, clearTimeout -- plain Node scripts; the lint config targets TypeScript */
// `npm start`: build if needed, then the Electron app where its binary is
// present or can be fetched; otherwise one line saying so, and browser mode
// (as `npm run serve` does) so that the one start command always works.
// Plain Node ESM, run by the Node 24 of node_modules/.bin.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const FETCH_TIMEOUT_MS = Number(process.env.ROSTRUM_ELECTRON_FETCH_TIMEOUT_MS ?? 30_000);
/** Electron that dies this soon (no display, missing libraries) did not start: fall back. */
const EARLY_EXIT_MS = 10_000;
/** After a fetch that hung until the timeout, do not make every start wait for it again for a day. */
const REMEMBER_FAILURE_MS = 24 * 3600 * 1000;
const electronDir = path.join(root, 'node_modules', 'electron');
// the lookup is electron-binary.mjs's, which resolves as Electron itself does
const failureMark = path.join(root, 'node_modules', '.cache', 'rostrum', 'electron-unavailable');
const args = process.argv.slice(2);

function firstLine(text) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines.find((line) => /error|fail|missing|cannot|ENOTFOUND|EAI_AGAIN|ECONN|timed out/i.test(line));
  return (telling ?? lines[0] ?? 'no output').slice(0, 160);
}

/** Runs `cmd`, killed after `timeoutMs`; resolves { code, output, timedOut }. */
function run(cmd, cmdArgs, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/** One attempt to fetch Electron's binary (electron's own install script); the reason when it fails. */
async function fetchElectron() {
  if (!process.env.ROSTRUM_RETRY_ELECTRON && fs.existsSync(failureMark)) {
    const age = Date.now() - fs.statSync(failureMark).mtimeMs;
    if (age < REMEMBER_FAILURE_MS) {
      const earlier = fs.readFileSync(failureMark, 'utf8').trim();
      return { binary: null, reason: `fetching its binary hung earlier (${earlier}); ROSTRUM_RETRY_ELECTRON=1 tries again` };
    }
  }
  const result = await run(process.execPath, [path.join(electronDir, 'install.js')], FETCH_TIMEOUT_MS);
  const binary = electronBinary(electronPackageDir(root));
  if (binary) return { binary, reason: null };
  const reason = result.timedOut ? `no download within ${FETCH_TIMEOUT_MS / 1000} s` : firstLine(result.output);
  // a quick failure (offline) costs nothing to retry next time; a hang does
  if (result.timedOut) {
    fs.mkdirSync(path.dirname(failureMark), { recursive: true });
    fs.writeFileSync(failureMark, reason);
  }
  return { binary: null, reason: `its binary could not be fetched: ${reason}` };
}

/** Starts Electron; resolves null when it is running (and then exits with it), or the reason it died at once. */
function launchElectron(binary) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(binary, [root, ...args], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
    let early = true;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (early) stderr += chunk;
      else process.stderr.write(chunk);
    });
    const timer = setTimeout(() => {
      early = false;
      process.stderr.write(stderr);
      resolve(null);
    }, EARLY_EXIT_MS);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('error', (error) => {
      clearTimeout(timer);
      if (early) resolve(`it failed to start: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      if (early) {
        clearTimeout(timer);
        if (code === 0) process.exit(0); // closed by the user within seconds: nothing to fall back to
        resolve(`it exited at once (${signal ?? `code ${code}`}): ${firstLine(stderr)}`);
        return;
      }
      process.exit(code ?? 1);
    });
  });
}

/** Browser mode, exactly as `npm run serve` runs it; only the flags it knows are passed on. */
function startBrowserMode() {
  const known = new Set(['--port', '--host', '--data-dir', '--token']);
  const serveArgs = [];
  for (let i = 0; i < args.length; i++) {
    const [flag] = args[i].split('=');
    if (!known.has(flag)) continue;
    serveArgs.push(args[i]);
    if (!args[i].includes('=') && flag !== '--token' && args[i + 1] !== undefined) serveArgs.push(args[++i]);
  }
  const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  const child = spawn(tsx, [path.join(root, 'src', 'main', 'server', 'cli.ts'), ...serveArgs], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32'
  });
  // Ctrl+C reaches the child too (same process group); wait for its clean shutdown
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main() {
  if (!buildIfStale()) {
    console.error('The build failed; see above. / 构建失败，见上文。');
    process.exit(1);
  }
  let binary = electronBinary(electronPackageDir(root));
  let reason = null;
  if (!binary) ({ binary, reason } = await fetchElectron());
  if (binary) reason = await launchElectron(binary);
  if (reason === null) return; // Electron is running
  console.log(`Electron cannot run here (${reason}); starting browser mode instead. / 此处无法运行 Electron，改为启动浏览器模式。`);
  startBrowserMode();
}

void main();
