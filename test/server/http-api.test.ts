import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, methods } from '../../src/shared/methods';
import type { Conference } from '../../src/shared/domain';
import { MAX_BODY_BYTES } from '../../src/main/server/http-api';
import { countRows, errorOf, post, rawRequest, startTestServer, valueOf, type TestServer } from './server-helpers';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('browser mode: the API over HTTP', () => {
  it('answers /healthz', async () => {
    t = await startTestServer();
    expect(t.server.url).toBe(t.base); // the origin, no trailing slash
    const response = await fetch(`${t.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { status: 'ok', role: 'operator' } });
  });

  it('lists every method of the table with its kind, summary and input JSON Schema', async () => {
    t = await startTestServer();
    const response = await fetch(`${t.base}/api`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      ok: true;
      value: { methods: { name: string; kind: string; summary: string; input: Record<string, unknown> }[] };
    };
    const listed = body.value.methods;
    expect(listed.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort());
    for (const entry of listed) {
      const spec = methods[entry.name as keyof typeof methods];
      expect(entry.kind).toBe(spec.kind);
      expect(entry.summary).toBe(spec.summary);
      expect(entry.input.$schema).toMatch(/json-schema/);
    }
    const create = listed.find((m) => m.name === 'conference.create')!;
    expect(create.input.type).toBe('object');
    expect(create.input.required).toContain('title');
    expect((create.input.properties as Record<string, { maxLength?: number }>).title!.maxLength).toBeGreaterThan(0);
  });

  it('runs a write and a read: 200 and the Result', async () => {
    t = await startTestServer();
    const created = valueOf(await post<Conference>(t.base, 'conference.create', { title: '菏泽市新闻发布会' }));
    expect(created.title).toBe('菏泽市新闻发布会');
    const listed = await post<{ id: number }[]>(t.base, 'conference.list', {});
    expect(listed.status).toBe(200);
    expect(valueOf(listed).map((c) => c.id)).toEqual([created.id]);
  });

  it('maps each error code to its HTTP status, with the Result as the body', async () => {
    t = await startTestServer();
    const invalid = await post(t.base, 'conference.create', { title: '' });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid)).toMatchObject({ code: 'invalid_input', details: { field: 'title' } });
    expect(countRows(t.app, 'conferences')).toBe(0);

    const missing = await post(t.base, 'conference.get', { id: 9999 });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('not_found');

    const unknown = await post(t.base, 'conference.explode', {});
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe('unknown_method');

    valueOf(await post(t.base, 'outlet.create', { name: '大众网', category: 'provincial' }));
    const duplicate = await post(t.base, 'outlet.create', { name: '大众网', category: 'provincial' });
    expect(duplicate.status).toBe(409);
    expect(errorOf(duplicate).code).toBe('conflict');
    expect(countRows(t.app, 'outlets')).toBe(1);

    const conf = valueOf(await post<Conference>(t.base, 'conference.create', { title: '发布会' }));
    const nothingToUndo = await post(t.base, 'live.undo', { conferenceId: conf.id });
    expect(nothingToUndo.status).toBe(409);
    expect(errorOf(nothingToUndo).code).toBe('invalid_state');
  });

  it('answers 500 internal when the router fails inside', async () => {
    t = await startTestServer();
    t.app.db.close(); // the database is gone: every call fails inside the handler
    const broken = await post(t.base, 'conference.list', {});
    expect(broken.status).toBe(500);
    expect(errorOf(broken).code).toBe('internal');
  });

  it('refuses what is not a JSON POST, and a body that is not JSON', async () => {
    t = await startTestServer();
    const get = await rawRequest(t.server.port, '/api/conference.list');
    expect(get.status).toBe(405);
    expect(JSON.parse(get.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // a cross-site form can send text/plain without asking first: refused before anything runs
    const form = await rawRequest(t.server.port, '/api/conference.create', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ title: 'CSRF' })
    });
    expect(form.status).toBe(415);
    expect(countRows(t.app, 'conferences')).toBe(0);

    const notJson = await rawRequest(t.server.port, '/api/conference.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": '
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);

    // an empty body is the empty input
    const empty = await rawRequest(t.server.port, '/api/conference.list', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(empty.status).toBe(200);
  });

  it('refuses a body over the limit with 413 and changes nothing', async () => {
    t = await startTestServer();
    const huge = JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await rawRequest(t.server.port, '/api/conference.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // without a Content-Length (chunked), the limit is counted as the bytes arrive
    const chunked = await rawRequest(t.server.port, '/api/conference.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: huge
    });
    expect(chunked.status).toBe(413);
    expect(countRows(t.app, 'conferences')).toBe(0);
  });
});
