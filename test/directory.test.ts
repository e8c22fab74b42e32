import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('people', () => {
  it('creates a person with defaults and the clock’s time', () => {
    const person = app.router.invoke('person.create', { name: '  朱雷 ' });
    expect(person).toEqual({
      id: person.id,
      name: '朱雷',
      honorific: '',
      position: '',
      organisation: '',
      createdAt: app.clock.now(),
      updatedAt: app.clock.now()
    });
  });

  it('updates only the fields given and stamps updatedAt', () => {
    const person = app.router.invoke('person.create', {
      name: '朱雷',
      honorific: '先生',
      position: '中共菏泽市委市直机关工委书记',
      organisation: '市直机关工委'
    });
    app.clock.advance(5_000);
    const updated = app.router.invoke('person.update', { id: person.id, position: '工委书记' });
    expect(updated).toEqual({ ...person, position: '工委书记', updatedAt: person.createdAt + 5_000 });
  });

  it('finds people by a name prefix and anywhere in name, organisation or position, prefix matches first', () => {
    const { invoke } = app.router;
    invoke('person.create', { name: '李琦', organisation: '市委组织部' });
    invoke('person.create', { name: '王李明', position: '副部长' });
    invoke('person.create', { name: '张三', organisation: '李村镇政府' });
    invoke('person.create', { name: '赵四', position: '书记' });
    expect(invoke('person.list', { query: '李' }).map((p) => p.name)).toEqual(['李琦', '张三', '王李明']);
    expect(invoke('person.list', { query: '组织部' }).map((p) => p.name)).toEqual(['李琦']);
    expect(invoke('person.list', { query: '书记' }).map((p) => p.name)).toEqual(['赵四']);
    expect(invoke('person.list', {}).length).toBe(4);
    expect(invoke('person.list', { query: '', limit: 2 }).length).toBe(2);
    expect(invoke('person.list', { query: '无此人' })).toEqual([]);
  });

  it('takes LIKE wildcards in a query literally', () => {
    const { invoke } = app.router;
    invoke('person.create', { name: 'A_B' });
    invoke('person.create', { name: 'AxB' });
    invoke('person.create', { name: '100%' });
    expect(invoke('person.list', { query: 'A_B' }).map((p) => p.name)).toEqual(['A_B']);
    expect(invoke('person.list', { query: '%' }).map((p) => p.name)).toEqual(['100%']);
  });

  it('refuses a duplicate (same name and organisation, after trimming) with conflict on name, changing nothing', () => {
    const first = app.router.invoke('person.create', { name: '朱雷', organisation: '工委' });
    const before = dump(app.db);
    const error = expectRefused(app.router.call('person.create', { name: ' 朱雷', organisation: '工委 ' }), 'conflict', 'name');
    expect(error.details?.existingId).toBe(first.id);
    expect(dump(app.db)).toEqual(before);
    // the same name in another organisation is another person
    expect(app.router.invoke('person.create', { name: '朱雷', organisation: '他处' }).id).not.toBe(first.id);
  });

  it('refuses an update that would make a duplicate, changing nothing', () => {
    app.router.invoke('person.create', { name: '朱雷', organisation: '工委' });
    const other = app.router.invoke('person.create', { name: '李琦', organisation: '工委' });
    const before = dump(app.db);
    expectRefused(app.router.call('person.update', { id: other.id, name: '朱雷' }), 'conflict', 'name');
    expect(dump(app.db)).toEqual(before);
    // renaming a person to their own name is no conflict
    expect(app.router.invoke('person.update', { id: other.id, name: '李琦' }).name).toBe('李琦');
  });

  it('refuses to update a person who does not exist', () => {
    expectRefused(app.router.call('person.update', { id: 999, name: '某人' }), 'not_found', 'id');
  });
});

describe('outlets', () => {
  it('creates, updates and lists outlets by prefix and anywhere', () => {
    const { invoke } = app.router;
    const dzw = invoke('outlet.create', { name: '大众网', category: 'provincial' });
    invoke('outlet.create', { name: '大众日报', category: 'provincial' });
    invoke('outlet.create', { name: '菏泽大众', category: 'local' });
    invoke('outlet.create', { name: '新华社', category: 'central' });
    expect(dzw).toMatchObject({ name: '大众网', category: 'provincial', createdAt: app.clock.now() });
    expect(invoke('outlet.list', { query: '大众' }).map((o) => o.name)).toEqual(['大众日报', '大众网', '菏泽大众']);
    expect(invoke('outlet.list', { query: '新华' }).map((o) => o.name)).toEqual(['新华社']);
    app.clock.advance(1_000);
    const renamed = invoke('outlet.update', { id: dzw.id, category: 'online' });
    expect(renamed).toEqual({ ...dzw, category: 'online', updatedAt: dzw.createdAt + 1_000 });
  });

  it('refuses a duplicate name with conflict on name, changing nothing', () => {
    const { invoke, call } = app.router;
    const dzw = invoke('outlet.create', { name: '大众网', category: 'provincial' });
    const xinhua = invoke('outlet.create', { name: '新华社', category: 'central' });
    const before = dump(app.db);
    expectRefused(call('outlet.create', { name: '大众网 ', category: 'local' }), 'conflict', 'name');
    expectRefused(call('outlet.update', { id: xinhua.id, name: '大众网' }), 'conflict', 'name');
    expect(dump(app.db)).toEqual(before);
    expect(invoke('outlet.update', { id: dzw.id, name: '大众网' }).name).toBe('大众网');
  });

  it('refuses an unknown category naming the field', () => {
    expectRefused(app.router.call('outlet.create', { name: '某报', category: 'tabloid' }), 'invalid_input', 'category');
    expectRefused(app.router.call('outlet.update', { id: 404, name: '某报' }), 'not_found', 'id');
  });
});
