import { describe, expect, it } from 'vitest';
import { fromZonedDateTimeLocal, toZonedDateTimeLocal } from './zoned-time';

describe('wall-clock times in a conference’s time zone', () => {
  const nineThirtyBeijing = Date.UTC(2024, 0, 2, 1, 30); // 09:30 in Asia/Shanghai (UTC+8)

  it('reads and writes the zone’s clock, whatever the machine’s zone', () => {
    expect(toZonedDateTimeLocal(nineThirtyBeijing, 'Asia/Shanghai')).toBe('2024-01-02T09:30');
    expect(toZonedDateTimeLocal(nineThirtyBeijing, 'America/New_York')).toBe('2024-01-01T20:30');
    expect(toZonedDateTimeLocal(nineThirtyBeijing, 'UTC')).toBe('2024-01-02T01:30');
    expect(fromZonedDateTimeLocal('2024-01-02T09:30', 'Asia/Shanghai')).toBe(nineThirtyBeijing);
    expect(fromZonedDateTimeLocal('2024-01-01T20:30', 'America/New_York')).toBe(nineThirtyBeijing);
  });

  it('follows daylight saving time', () => {
    // 13:00 in Washington is 17:00 UTC in July (EDT) and 18:00 UTC in January (EST)
    expect(fromZonedDateTimeLocal('2024-07-15T13:00', 'America/New_York')).toBe(Date.UTC(2024, 6, 15, 17));
    expect(fromZonedDateTimeLocal('2024-01-15T13:00', 'America/New_York')).toBe(Date.UTC(2024, 0, 15, 18));
    expect(toZonedDateTimeLocal(Date.UTC(2024, 6, 15, 17), 'America/New_York')).toBe('2024-07-15T13:00');
  });

  it('gives nothing for an empty or unreadable value', () => {
    expect(fromZonedDateTimeLocal('', 'UTC')).toBeNull();
    expect(fromZonedDateTimeLocal('9:30', 'UTC')).toBeNull();
    expect(toZonedDateTimeLocal(null, 'UTC')).toBe('');
  });
});
