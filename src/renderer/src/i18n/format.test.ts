import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDuration as duration, formatTime, fromDateTimeLocal, toDateTimeLocal } from './format';

/** Intl puts no-break spaces between number and unit; compare with plain ones. */
const formatDuration = (seconds: number, language: 'zh' | 'en') => duration(seconds, language).replace(/\s/g, ' ');

describe('formatting in the UI language', () => {
  it('shows a stopwatch reading with hours only when needed', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(59_999)).toBe('00:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-90_000)).toBe('01:30');
  });

  it('words durations in Chinese and in English', () => {
    expect(formatDuration(75 * 60, 'zh')).toBe('1小时15分钟');
    expect(formatDuration(75 * 60, 'en')).toBe('1 hr 15 mins');
    expect(formatDuration(45 * 60, 'zh')).toBe('45分钟');
    expect(formatDuration(30, 'en')).toBe('30 secs');
    expect(formatDuration(2 * 3600, 'en')).toBe('2 hrs');
  });

  it('formats dates and times per language', () => {
    const ms = Date.UTC(2024, 0, 2, 1, 30, 5);
    expect(formatDate(ms, 'zh')).toMatch(/2024年1月2日/);
    expect(formatDate(ms, 'en')).toMatch(/Jan 2024/);
    expect(formatTime(ms, 'zh')).toMatch(/^\d{2}:30:05$/);
    expect(formatTime(ms, 'en', false)).toMatch(/^\d{2}:30$/);
  });

  it('round-trips the datetime-local value of a form', () => {
    const ms = new Date(2024, 0, 2, 9, 30).getTime();
    expect(toDateTimeLocal(ms)).toBe('2024-01-02T09:30');
    expect(fromDateTimeLocal('2024-01-02T09:30')).toBe(ms);
    expect(fromDateTimeLocal('')).toBeNull();
    expect(toDateTimeLocal(null)).toBe('');
  });
});
