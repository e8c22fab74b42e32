import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/main/server/rate-limit';
import { submissionLinks } from '../../src/main/server/submission-links';

describe('the per-device rate limit', () => {
  it('lets three through at once, then one every twenty seconds, and says how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    expect([1, 2, 3, 4].map(() => limiter.take('phone', 3))).toEqual([0, 0, 0, 20]);
    now += 10_000;
    expect(limiter.take('phone', 3)).toBe(10);
    now += 10_000;
    expect(limiter.take('phone', 3)).toBe(0);
    expect(limiter.take('other phone', 3)).toBe(0);
  });

  it('forgets idle devices once there are many, so a scan of addresses cannot grow it for ever', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`device ${i}`, 3);
    now += 60_000;
    limiter.take('one more', 3);
    expect(limiter.size()).toBe(1);
  });

  it('keeps each bucket at its own rate, so a sweep does not hand a limited phone fresh tokens', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    for (let i = 0; i < 3; i += 1) limiter.take('phone', 3);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`address ${i}`, 30);
    now += 5_000; // a quarter of a phone's refill, more than a whole one at 30 a minute
    limiter.take('one more', 30);
    expect(limiter.take('phone', 3)).toBeGreaterThan(0);
  });
});

describe('where phones open the submission page', () => {
  const tokens = { operator: 'o', readonly: 'r', desk: 'd', submit: 's t' };
  it('is nowhere on loopback, every network address on 0.0.0.0, the host itself otherwise', () => {
    expect(submissionLinks({ host: '127.0.0.1', port: 4310, tokens })).toEqual({ urls: [], unreachable: 'loopback' });
    expect(submissionLinks({ host: '0.0.0.0', port: 4310, tokens }, () => ['10.0.0.5', '192.168.1.20'])).toEqual({
      urls: ['http://10.0.0.5:4310/?token=s%20t#/submit', 'http://192.168.1.20:4310/?token=s%20t#/submit'],
      unreachable: null
    });
    expect(submissionLinks({ host: '0.0.0.0', port: 4310, tokens }, () => [])).toEqual({ urls: [], unreachable: 'no-network' });
    expect(submissionLinks({ host: '10.1.2.3', port: 80, tokens }).urls).toEqual(['http://10.1.2.3:80/?token=s%20t#/submit']);
  });
});
