import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('turn.list with ids', () => {
  it('answers only the named turns that still exist, in order, so a window can refresh what an event named', () => {
    app = openTestApp();
    const { invoke } = app.router;
    const conf = invoke('conference.create', { title: '发布会' });
    const person = invoke('person.create', { name: '朱雷' });
    const zhu = invoke('participant.add', { conferenceId: conf.id, personId: person.id, role: 'spokesperson' });
    invoke('live.start', { conferenceId: conf.id });
    const say = (text: string) => invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: zhu.id, text });
    const [a, b, c] = [say('一'), say('二'), say('三')];
    invoke('turn.delete', { id: b.id });

    const some = invoke('turn.list', { conferenceId: conf.id, ids: [c.id, b.id, a.id, 999_999] });
    expect(some.map((t) => t.text)).toEqual(['一', '三']);
    expect(invoke('turn.list', { conferenceId: conf.id }).map((t) => t.id)).toEqual([a.id, c.id]);
    expect(app.router.call('turn.list', { conferenceId: conf.id, ids: [0] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { field: 'ids.0' } }
    });
  });
});
