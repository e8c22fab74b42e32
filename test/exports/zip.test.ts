import { afterEach, describe, expect, it, vi } from 'vitest';
import { zipFiles } from '../../src/main/core/exports/zip';
import { readZip } from './zip-reader';

const parts: [string, string | Uint8Array][] = [
  ['word/document.xml', '<w:document>新闻发布会实录</w:document>'],
  ['media/logo.bin', new Uint8Array([0, 1, 2, 255])]
];

describe('zipFiles', () => {
  afterEach(() => vi.useRealTimers());

  it('holds every part as given, text as UTF-8', () => {
    const entries = readZip(zipFiles(parts));
    expect([...entries.keys()]).toEqual(['word/document.xml', 'media/logo.bin']);
    expect(entries.get('word/document.xml')!.toString('utf8')).toBe('<w:document>新闻发布会实录</w:document>');
    expect([...entries.get('media/logo.bin')!]).toEqual([0, 1, 2, 255]);
  });

  it('zips the same parts to the same bytes at any time of day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2024, 0, 2, 9, 30));
    const morning = zipFiles(parts);
    vi.setSystemTime(new Date(2026, 10, 29, 23, 59));
    expect(zipFiles(parts).equals(morning)).toBe(true);
  });
});
