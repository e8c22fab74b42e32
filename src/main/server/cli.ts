/**
 * `npm run serve`: browser mode on its own, without Electron.
 * Prints the console's address (with its token when tokens are on) and stops cleanly on Ctrl+C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackupManager } from '../core/archive/backup-manager';
import { openRostrum, type Rostrum } from '../core/rostrum';
import { fill } from '../core/strings';
import { cliMessages } from './cli-messages';
import { chooseDataDir, defaultDataDir } from './data-dir';
import { startServer, type RunningServer } from './server';
import { lanAddresses, pageUrl, submissionLinks } from './submission-links';

export const DEFAULT_PORT = 4310;

const t = cliMessages();

function isAddressInUse(error: unknown): boolean {
  return (error as { code?: string }).code === 'EADDRINUSE';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      token: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true
  });
  if (values.help) {
    console.log(t.usage);
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${values.port} is not a port number`);
  const host = values.host ?? '127.0.0.1';
  const argv = values['data-dir'] ? ['--data-dir', values['data-dir']] : [];
  const dataDir = chooseDataDir(argv, process.env, defaultDataDir()).dir;
  // out/renderer of this checkout, wherever the command is run from
  const staticDir = path.resolve(values['static-dir'] ?? path.join(__dirname, '..', '..', '..', 'out', 'renderer'));

  // the terminal is where whoever runs browser mode looks first; the file keeps it
  const rostrum: Rostrum = openRostrum({ dataDir, logToTerminal: true });
  // a backup when a conference ends, and one a day while the server runs
  const backups = createBackupManager({ rostrum });
  backups.start();
  let server: RunningServer;
  try {
    server = await startServer({ rostrum, host, port, staticDir, token: values.token ?? false });
  } catch (error) {
    if (!isAddressInUse(error) || values.port !== undefined) {
      rostrum.close();
      throw error;
    }
    console.log(fill(t.portBusy, { port: String(port) }));
    server = await startServer({ rostrum, host, port: 0, staticDir, token: values.token ?? false });
  }

  console.log(`\n${t.title}`);
  console.log(`  ${t.data}: ${rostrum.dataDir}`);
  console.log(`  ${t.log}: ${rostrum.log.file}`);
  if (rostrum.movedAside) console.log(`  ${t.movedAside}: ${rostrum.movedAside}`);
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) console.log(`  ${t.notBuilt}`);
  if (server.tokens) console.log(`  ${t.tokensOnce}`);
  const tokens = server.tokens;
  console.log(`  ${t.console}: ${pageUrl(server.url, tokens?.operator)}`);
  // The stage display and the desk follow whichever conference is live, so one address serves the whole day.
  const stageLabel = tokens ? t.display : t.stageDisplay;
  console.log(`  ${stageLabel}: ${pageUrl(server.url, tokens?.readonly, '#/stage')}`);
  console.log(`  ${t.desk}: ${pageUrl(server.url, tokens?.desk, '#/desk')}`);
  const submit = submissionLinks({ host, port: server.port, tokens });
  if (submit.urls.length > 0) for (const url of submit.urls) console.log(`  ${t.submit}: ${url}`);
  else console.log(`  ${t.submit}: ${tokens ? pageUrl(server.url, tokens.submit, '#/submit') + ' ' : ''}${t.submitLocal}`);
  if (host === '0.0.0.0' || host === '::') {
    for (const address of lanAddresses()) {
      console.log(`  ${t.lan}: ${pageUrl(`http://${address}:${server.port}`, tokens?.operator)}`);
    }
  }
  console.log(`  ${t.stop}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C: do not wait
    stopping = true;
    console.log(t.stopping);
    server
      .close()
      .catch(() => undefined)
      .then(() => {
        backups.stop();
        return backups.idle();
      })
      .finally(() => {
        rostrum.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`${t.failed}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
