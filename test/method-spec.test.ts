import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../src/shared/bridge';
import type { Conference } from '../src/shared/domain';
import type { Result } from '../src/shared/errors';
import { METHOD_NAMES, methods } from '../src/shared/methods';
import type { ExportFile } from '../src/shared/methods-export';
import { createErrorLog } from '../src/main/core/error-log';
import { finishCall } from '../src/main/core/finish-call';
import { startShell } from '../src/main/shell';
import { tempDir } from './helpers';
import { post, startTestServer, valueOf, type TestServer } from './server/server-helpers';
import { createElectronDouble, type ElectronDouble } from './shell/electron-double';

// The method spec describes a method's finishing step (transcript.export's
// printing); both transports run it from the spec, neither names the method.

let server: TestServer | null = null;
let double: ElectronDouble | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = null;
  if (double) {
    const quitting = double;
    quitting.app.fire('will-quit');
    await new Promise<void>((resolve) => {
      const wait = () => (quitting.record.quit > 0 ? resolve() : setTimeout(wait, 5));
      wait();
    });
    double = null;
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

const pdfBytes = (file: ExportFile) => Buffer.from(file.content, 'base64');

describe('the finishing step in the method spec', () => {
  it('is declared by the spec, only where a method needs one', () => {
    const withStep = METHOD_NAMES.filter((name) => methods[name].finish !== undefined);
    expect(withStep).toEqual(['transcript.export']);
    expect(methods['transcript.export'].finish).toBe('printPdf');
  });

  it('runs over HTTP: a PDF export answers a printed PDF in base64', async () => {
    server = await startTestServer();
    const conference = valueOf(await post<Conference>(server.base, 'conference.create', { title: '菏泽发布会' }));
    const file = valueOf(await post<ExportFile>(server.base, 'transcript.export', { conferenceId: conference.id, format: 'pdf' }));
    expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    expect(file.needsPrint).toBeUndefined();
    expect(pdfBytes(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('runs over the shell’s IPC, printed by Electron’s printToPDF', async () => {
    double = createElectronDouble();
    const dataDir = folder('rostrum-spec-shell-');
    const shell = startShell(double.electron, { mainDir: '/app/out/main', argv: ['electron', '.', `--data-dir=${dataDir}`], env: {} });
    double.ready();
    await shell.started;
    const frame = 'file:///app/out/renderer/index.html#/';
    const call = <T>(method: string, input: unknown) => double!.invoke(IPC.call, frame, method, input) as Promise<Result<T>>;
    const created = await call<Conference>('conference.create', { title: '菏泽发布会' });
    if (!created.ok) throw new Error(created.error.message);
    const exported = await call<ExportFile>('transcript.export', { conferenceId: created.value.id, format: 'pdf' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    expect(pdfBytes(exported.value).toString()).toBe('%PDF-1.7 double');
    // a format that needs no printing passes the step unchanged
    const text = await call<ExportFile>('transcript.export', { conferenceId: created.value.id, format: 'txt' });
    expect(text.ok && text.value.encoding).toBe('utf8');
  });

  it('says what failed when the step fails, logs the stack, and leaves other methods alone', async () => {
    const log = createErrorLog({ file: `${folder('rostrum-spec-log-')}/rostrum.log` });
    const html: ExportFile = { fileName: 'a.pdf', mimeType: 'application/pdf', encoding: 'utf8', content: '<p>x</p>', needsPrint: true };
    const broken = () => Promise.reject(new Error('no Chromium here'));
    const failed = await finishCall('transcript.export', { ok: true, value: html }, { print: broken, log });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: 'Printing the PDF failed: no Chromium here' } });
    // a method without a step, and a refused call, pass through untouched (the printer is never used)
    const untouched = { ok: true as const, value: html };
    expect(await finishCall('conference.get', untouched, { print: broken, log })).toBe(untouched);
    const refused = { ok: false as const, error: { code: 'not_found' as const, message: 'x' } };
    expect(await finishCall('transcript.export', refused, { print: broken, log })).toBe(refused);
  });
});

describe('the wiring', () => {
  it('answers app.info with package.json’s version (no copy of it to keep in step)', async () => {
    server = await startTestServer();
    const info = valueOf(await post<{ version: string }>(server.base, 'app.info', {}));
    const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(info.version).toBe(pkg.version);
  });
});
