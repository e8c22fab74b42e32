import { afterEach, describe, expect, it } from 'vitest';
import type { StageMessage, StageSnapshot } from '../../src/shared/stage';
import type { ServerMessage } from '../../src/shared/events';
import { dump, startedConference } from '../fixtures';
import { errorOf, post, startTestServer, valueOf, type TestServer } from '../server/server-helpers';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Every method a stage display could be tricked into calling to change something. */
const WRITES: [string, (ids: { conferenceId: number; segmentId: number }) => unknown][] = [
  ['stage.message.set', ({ conferenceId }) => ({ conferenceId, preset: 'time_up', flash: true })],
  ['stage.message.clear', ({ conferenceId }) => ({ conferenceId })],
  ['stage.settings.update', ({ conferenceId }) => ({ conferenceId, warningSeconds: 1 })],
  ['stage.segment.setTiming', ({ segmentId }) => ({ segmentId, warningSeconds: 1 })],
  ['live.advance', ({ conferenceId }) => ({ conferenceId })],
  ['question.call', ({ conferenceId }) => ({ conferenceId })],
  ['live.undo', ({ conferenceId }) => ({ conferenceId })]
];

describe('the stage display’s read-only token over the real server', () => {
  it('reads the stage but cannot change anything: HTTP 403 and the database unchanged', async () => {
    t = await startTestServer({ token: true });
    const { conferenceId } = startedConference(t.app);
    const tokens = t.server.tokens!;
    valueOf(await post(t.base, 'stage.message.set', { conferenceId, text: '请简要回答' }, tokens.operator));
    const stage = valueOf(await post<StageSnapshot>(t.base, 'stage.get', { conferenceId }, tokens.readonly));
    expect(stage.message?.text).toBe('请简要回答');
    const segmentId = stage.segment!.id;

    const before = dump(t.app.db);
    for (const [method, input] of WRITES) {
      const answer = await post(t.base, method, input({ conferenceId, segmentId }), tokens.readonly);
      expect(answer.status, method).toBe(403);
      expect(errorOf(answer).code, method).toBe('forbidden');
    }
    expect(dump(t.app.db)).toEqual(before);

    // no token, or a wrong one, is not even read-only
    expect((await post(t.base, 'stage.get', { conferenceId })).status).toBe(401);
    expect((await post(t.base, 'stage.get', { conferenceId }, tokens.readonly + 'x')).status).toBe(401);
  });

  it('tells a read-only display about a message the moment it is set', async () => {
    t = await startTestServer({ token: true });
    const { conferenceId } = startedConference(t.app);
    const tokens = t.server.tokens!;
    const socket = new WebSocket(`ws://127.0.0.1:${t.server.port}/events?token=${encodeURIComponent(tokens.readonly)}`);
    const messages: ServerMessage[] = [];
    const hello = new Promise<void>((resolve) => {
      socket.onmessage = (m) => {
        messages.push(JSON.parse(String(m.data)) as ServerMessage);
        if (messages.length === 1) resolve();
      };
    });
    await hello;
    expect(messages[0]).toMatchObject({ type: 'hello', role: 'readonly' });
    const change = new Promise<ServerMessage>((resolve) => {
      socket.onmessage = (m) => {
        const message = JSON.parse(String(m.data)) as ServerMessage;
        if (message.type === 'change') resolve(message); // not the server's keep-alive ticks
      };
    });
    const shown = valueOf(await post<StageMessage>(t.base, 'stage.message.set', { conferenceId, preset: 'two_more' }, tokens.operator));
    expect(await change).toMatchObject({ type: 'change', event: { topic: 'stage', conferenceId, ids: [shown.id] } });
    socket.close();
  });
});
