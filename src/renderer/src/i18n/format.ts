import type { Language } from '../../../shared/domain';
import { localeOf } from './language';

/**
 * Dates, times and durations in the UI language, through Intl. Formatters are
 * cached: building one costs far more than using it, and a long timeline formats thousands.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(localeOf(language), options)));
  return format;
}

function unitFormat(language: Language, unit: 'hour' | 'minute' | 'second'): Intl.NumberFormat {
  const key = `u|${language}|${unit}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      style: 'unit',
      unit,
      unitDisplay: language === 'zh' ? 'long' : 'short'
    });
    cache.set(key, format);
  }
  return format;
}

/*
 * timeZone: the conference's own zone (an IANA name), so that the console, the
 * stage and the review show the times the room's clock showed; without it, the machine's.
 */

/** 2024年1月2日 / 2 Jan 2024 */
export function formatDate(ms: number, language: Language, timeZone?: string): string {
  return dateFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(ms);
}

/** 2024年1月2日 09:30 / 2 Jan 2024, 09:30 */
export function formatDateTime(ms: number, language: Language, timeZone?: string): string {
  return dateFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone
  }).format(ms);
}

/** 09:30:05, the time of day a turn was said */
export function formatTime(ms: number, language: Language, withSeconds = true, timeZone?: string): string {
  return dateFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    timeZone
  }).format(ms);
}

/**
 * A stopwatch reading: 7:05, 12:34 or 1:02:03 (the sign is shown by the caller,
 * as "overtime" is worded, not signed). Digits are the same in both languages.
 */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${String(minutes).padStart(2, '0')}:${ss}`;
}

/** 1小时5分钟 / 1 hr 5 min; seconds are shown only under a minute. */
export function formatDuration(seconds: number, language: Language): string {
  const total = Math.round(Math.abs(seconds));
  if (total < 60) return unitFormat(language, 'second').format(total);
  const hours = Math.floor(total / 3600);
  const minutes = Math.round((total % 3600) / 60);
  const parts: string[] = [];
  if (hours > 0) parts.push(unitFormat(language, 'hour').format(hours));
  if (minutes > 0 || hours === 0) parts.push(unitFormat(language, 'minute').format(minutes));
  return parts.join(language === 'zh' ? '' : ' ');
}

/** For <input type="datetime-local">: local wall time, no seconds. */
export function toDateTimeLocal(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromDateTimeLocal(value: string): number | null {
  if (!value) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}
