import { describe, expect, it } from 'vitest';
import i18next from './index';
import { describeError } from './errors';

const zh = i18next.getFixedT('zh');
const en = i18next.getFixedT('en');

describe('errors in words a moderator understands', () => {
  it('puts the reason next to each refused field, in the UI language', () => {
    const error = {
      code: 'invalid_input' as const,
      message: 'title: must not be empty',
      details: {
        field: 'title',
        issues: [
          { field: 'title', message: 'must not be empty' },
          { field: 'header.source', message: 'must be at most 200 characters' }
        ]
      }
    };
    const friendly = describeError(error, zh);
    expect(friendly.field).toBe('title');
    expect(friendly.fields).toEqual({ title: '不能为空', 'header.source': '太长（最多 200 个字符）' });
    expect(friendly.message).toBe('标题：不能为空');
    expect(describeError(error, en).message).toBe('Title: must not be empty');
    expect(describeError(error, en).fields['header.source']).toBe('too long (at most 200 characters)');
  });

  it('translates a refused action and names the field the server blamed', () => {
    const error = {
      code: 'invalid_state' as const,
      message: 'Another question is still live; close it before calling the next.',
      details: { field: 'id', liveQuestionId: 3 }
    };
    expect(describeError(error, zh).message).toBe('还有提问正在进行：请先记录回答或结束本问（A、W、R）。');
    expect(describeError(error, zh).fields.id).toBe('还有提问正在进行：请先记录回答或结束本问（A、W、R）。');
  });

  it('words a duplicate and a state of the conference', () => {
    expect(
      describeError({ code: 'conflict', message: 'The outlet “大众网” is already in the directory.', details: { field: 'name' } }, zh).fields.name
    ).toBe('名录中已有此项。');
    expect(describeError({ code: 'invalid_state', message: 'Cannot call a question: the conference is ended.' }, zh).message).toBe(
      '发布会已结束，不能进行此操作。'
    );
  });

  it('explains a lost connection without blaming the moderator', () => {
    const error = { code: 'internal' as const, message: 'fetch failed', details: { reason: 'network' } };
    expect(describeError(error, en).message).toMatch(/Cannot reach Rostrum. Nothing was changed/);
  });

  it('falls back to the server’s own words for what it does not know', () => {
    expect(describeError({ code: 'internal', message: 'disk full' }, en).message).toBe('Something went wrong: disk full');
  });
});
