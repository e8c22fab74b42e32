import { afterEach, describe, expect, it } from 'vitest';
import { createHttpBridge } from '../../src/renderer/src/api/http-bridge';
import { recordFixture } from '../audio/audio-fixture';
import { startTestServer, type TestServer } from './server-helpers';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function recordedConference(server: TestServer): number {
  const { router } = server.app;
  const conference = router.invoke('conference.create', { title: '菏泽市新闻发布会' });
  router.invoke('live.start', { conferenceId: conference.id });
  recordFixture(router, conference.id, 'segment-1');
  recordFixture(router, conference.id, 'segment-2');
  return conference.id;
}

describe('GET /api/audio/<conferenceId>', () => {
  it('serves the joined recording as audio/webm, whole and by range, and as a named download', async () => {
    t = await startTestServer();
    const id = recordedConference(t);
    const whole = await fetch(`${t.base}/api/audio/${id}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/webm');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
    expect(Number(whole.headers.get('content-length'))).toBe(bytes.length);

    const part = await fetch(`${t.base}/api/audio/${id}`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const tail = await fetch(`${t.base}/api/audio/${id}`, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 10));
    const past = await fetch(`${t.base}/api/audio/${id}`, { headers: { range: `bytes=${bytes.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.length}`);

    const download = await fetch(`${t.base}/api/audio/${id}?download=1`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="2024-01-02 ________.webm"; filename*=UTF-8''${encodeURIComponent('2024-01-02 菏泽市新闻发布会.webm')}`
    );
  });

  it('answers 404 JSON for no audio, a deleted recording, no such conference and a bad id; never a crash', async () => {
    t = await startTestServer();
    const id = recordedConference(t);
    const silent = t.app.router.invoke('conference.create', { title: '无录音' });
    for (const path of [`/api/audio/${silent.id}`, '/api/audio/999', '/api/audio/abc', '/api/audio/0']) {
      const response = await fetch(`${t.base}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { ok: boolean; error: { code: string } }).error.code).toBe('not_found');
    }
    expect((await fetch(`${t.base}/api/audio/${id}`)).status).toBe(200);
    t.app.router.invoke('audio.delete', { conferenceId: id });
    const deleted = await fetch(`${t.base}/api/audio/${id}`);
    expect(deleted.status).toBe(404);
    expect(await deleted.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // the server still answers
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
  });

  it('is the operator’s only: the display, desk and phone tokens get 403, no token 401; the operator’s works as ?token=', async () => {
    t = await startTestServer({ token: true });
    const { operator, readonly, desk, submit } = t.server.tokens!;
    const id = recordedConference(t);
    expect((await fetch(`${t.base}/api/audio/${id}`)).status).toBe(401);
    for (const token of [readonly, desk, submit]) {
      const refused = await fetch(`${t.base}/api/audio/${id}?token=${token}`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await fetch(`${t.base}/api/audio/${id}`, { headers: { authorization: `Bearer ${readonly}` } })).status).toBe(403);
    expect((await fetch(`${t.base}/api/audio/${id}?token=${operator}`)).status).toBe(200);
    expect((await fetch(`${t.base}/api/audio/${id}?token=${operator}`, { method: 'POST' })).status).toBe(405);
  });

  it('is where the browser bridge points an <audio> element, with the token', async () => {
    t = await startTestServer({ token: true });
    const id = recordedConference(t);
    const { bridge, dispose } = createHttpBridge({ baseUrl: t.base, token: t.server.tokens!.operator });
    try {
      const url = bridge.audioUrl(id);
      expect(url).toBe(`${t.base}/api/audio/${id}?token=${t.server.tokens!.operator}`);
      expect((await fetch(url)).status).toBe(200);
      expect(bridge.audioUrl(id, { download: true })).toContain('download=1');
    } finally {
      dispose();
    }
  });
});
