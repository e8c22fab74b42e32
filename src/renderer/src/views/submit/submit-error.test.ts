import { describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import { submitProblem } from './submit-error';

const zh = i18next.getFixedT('zh');
const en = i18next.getFixedT('en');

describe('what the phone page says when a question is refused', () => {
  it('names each case the server can answer, in the page language', () => {
    expect(submitProblem({ code: 'rate_limited', message: '', details: { retryAfterSeconds: 17 } }, en).message).toBe(
      'Too many attempts from this phone. Please wait 17 seconds and try again.'
    );
    expect(submitProblem({ code: 'conflict', message: 'You already have a question waiting', details: { reason: 'waiting' } }, zh).message).toContain(
      '您已有一个问题在等待处理'
    );
    expect(submitProblem({ code: 'invalid_state', message: '', details: { field: 'conferenceId' } }, en)).toEqual({
      message: 'This press conference is no longer taking questions from phones.',
      field: null
    });
  });

  it('points at the field that is too long or empty', () => {
    expect(submitProblem({ code: 'invalid_input', message: 'text: must be at most 300 characters', details: { field: 'text' } }, zh)).toEqual({
      message: '提问内容: 太长了（最多 300 个字）',
      field: 'text'
    });
    expect(submitProblem({ code: 'invalid_input', message: 'outlet: must not be empty', details: { field: 'outlet' } }, en)).toEqual({
      message: 'Media outlet: please fill this in',
      field: 'outlet'
    });
  });
});
