import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIO_SCHEME, electronAudioUrl } from '../../src/shared/bridge';
import { contentSecurityPolicy } from '../../src/main/content-security-policy';
import { startShell } from '../../src/main/shell';
import { STAGE_PARTITION } from '../../src/main/stage-window';
import { recordFixture } from '../audio/audio-fixture';
import { tempDir } from '../helpers';
import { createElectronDouble, quitShell, type DoubleSession, type ElectronDouble } from './electron-double';

// The room's audio in the Electron app (issue #12, item 6): the microphone for the
// moderator's window only, and the recording served on rostrum-audio: to it alone.

const MAIN_DIR = '/app/out/main';
const CONSOLE_URL = 'file:///app/out/renderer/index.html#/conference/1/live';

let double: ElectronDouble;
let shell: ReturnType<typeof startShell> | null = null;
let dataDir = '';

afterEach(async () => {
  await quitShell(double, shell);
  shell = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  double = createElectronDouble();
  dataDir = tempDir('rostrum-shell-audio-');
  shell = startShell(double.electron, { mainDir: MAIN_DIR, argv: ['electron', '.', `--data-dir=${dataDir}`], env: {} });
  double.ready();
  await shell.started;
  const rostrum = shell.rostrum()!;
  const conference = rostrum.router.invoke('conference.create', { title: '菏泽市新闻发布会' });
  rostrum.router.invoke('live.start', { conferenceId: conference.id });
  shell.stageWindows()!.open(conference.id);
  return { main: double.windows[0]!, stage: double.windows.at(-1)!, conferenceId: conference.id };
}

function requested(session: DoubleSession, contents: unknown, permission: string, details: object): boolean | null {
  let granted: boolean | null = null;
  session.requestHandler!(contents as never, permission as never, (ok) => (granted = ok), details as never);
  return granted;
}

describe('the microphone in the Electron app', () => {
  it('is granted to the moderator’s window for audio, on our own page, and to nothing else', async () => {
    const { main, stage } = await start();
    const session = double.electron.session.defaultSession;
    const audio = { mediaTypes: ['audio'], requestingUrl: CONSOLE_URL };
    expect(requested(session, main.webContents, 'media', audio)).toBe(true);
    expect(session.checkHandler!(main.webContents as never, 'media', 'file:///', { mediaType: 'audio', requestingUrl: CONSOLE_URL } as never)).toBe(
      true
    );

    // video, audio with video, an unknown kind, another permission, a foreign page, another window: refused
    expect(requested(session, main.webContents, 'media', { ...audio, mediaTypes: ['video'] })).toBe(false);
    expect(requested(session, main.webContents, 'media', { ...audio, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(requested(session, main.webContents, 'media', { ...audio, mediaTypes: [] })).toBe(false);
    expect(requested(session, main.webContents, 'geolocation', audio)).toBe(false);
    expect(requested(session, main.webContents, 'media', { ...audio, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(requested(session, stage.webContents, 'media', audio)).toBe(false);
    expect(session.checkHandler!(main.webContents as never, 'media', 'file:///', { mediaType: 'video', requestingUrl: CONSOLE_URL } as never)).toBe(
      false
    );
    expect(session.checkHandler!(stage.webContents as never, 'media', 'file:///', { mediaType: 'audio', requestingUrl: CONSOLE_URL } as never)).toBe(
      false
    );

    // the stage has a session of its own, which grants nothing and has the same CSP
    expect(stage.options.webPreferences).toMatchObject({ partition: STAGE_PARTITION });
    expect(main.options.webPreferences?.partition).toBeUndefined();
    const stageSession = double.partitions.get(STAGE_PARTITION)!;
    expect(requested(stageSession, stage.webContents, 'media', audio)).toBe(false);
    expect(
      stageSession.checkHandler!(stage.webContents as never, 'media', 'file:///', { mediaType: 'audio', requestingUrl: CONSOLE_URL } as never)
    ).toBe(false);
    let headers: { responseHeaders?: Record<string, string | string[]> } | null = null;
    stageSession.headersListener!({ responseHeaders: {} } as never, (response) => (headers = response));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
});

describe('the rostrum-audio: scheme', () => {
  it('is registered as privileged before the app is ready, and handled in the moderator’s session only', async () => {
    await start();
    expect(double.record.privilegedSchemes).toEqual([
      { schemes: [{ scheme: AUDIO_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } }], beforeReady: true }
    ]);
    expect([...double.electron.session.defaultSession.schemes.keys()]).toEqual([AUDIO_SCHEME]);
    expect(double.partitions.get(STAGE_PARTITION)!.schemes.size).toBe(0);
    expect(contentSecurityPolicy()).toContain("media-src 'self' rostrum-audio:");
  });

  it('serves the joined recording with Range, as the preload’s address names it; 404 for none', async () => {
    const { conferenceId } = await start();
    const handle = double.electron.session.defaultSession.schemes.get(AUDIO_SCHEME)!;
    const none = await handle(new Request(electronAudioUrl(conferenceId)));
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });

    recordFixture(shell!.rostrum()!.router, conferenceId, 'segment-1');
    const whole = await handle(new Request(electronAudioUrl(conferenceId)));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/webm');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
    const part = await handle(new Request(electronAudioUrl(conferenceId), { headers: { range: 'bytes=10-19' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(10, 20));
    const download = await handle(new Request(electronAudioUrl(conferenceId, true)));
    // named like the exports: the day it was held (today, by the shell's real clock) and the title
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".*"; filename\*=UTF-8''\d{4}-\d{2}-\d{2}%20/);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('菏泽市新闻发布会.webm'));
    for (const url of [`${AUDIO_SCHEME}://conference/999`, `${AUDIO_SCHEME}://conference/abc`, `${AUDIO_SCHEME}://other/1`]) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
  });
});
