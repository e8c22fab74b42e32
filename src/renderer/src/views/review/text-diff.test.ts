import { describe, expect, it } from 'vitest';
import { sideBySide } from './text-diff';

const changed = (parts: { text: string; changed: boolean }[]) => parts.filter((p) => p.changed).map((p) => p.text);
const whole = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('sideBySide', () => {
  it('compares Chinese character by character: only the changed characters are marked', () => {
    const diff = sideBySide('今年我们将重点推进三件民生实事。', '今年我们将重点推进五件民生实事。');
    expect(changed(diff.before)).toEqual(['三']);
    expect(changed(diff.after)).toEqual(['五']);
    expect(whole(diff.before)).toBe('今年我们将重点推进三件民生实事。');
    expect(whole(diff.after)).toBe('今年我们将重点推进五件民生实事。');
  });

  it('compares text with spaces word by word, so a changed word is marked whole', () => {
    const diff = sideBySide('We will build three new schools.', 'We will build five new schools.');
    expect(changed(diff.before)).toEqual(['three']);
    expect(changed(diff.after)).toEqual(['five']);
  });

  it('shortens a long unchanged run to the words next to the change, on both sides alike', () => {
    const head = '甲'.repeat(200);
    const tail = '乙'.repeat(200);
    const diff = sideBySide(`${head}旧${tail}`, `${head}新${tail}`);
    expect(diff.before[0]).toEqual({ text: `… ${'甲'.repeat(36)}`, changed: false, elided: true });
    expect(diff.after.at(-1)).toEqual({ text: `${'乙'.repeat(36)} …`, changed: false, elided: true });
    expect(changed(diff.before)).toEqual(['旧']);
    expect(changed(diff.after)).toEqual(['新']);
  });

  it('keeps a short unchanged run whole, and a deletion has nothing on its new side', () => {
    const diff = sideBySide('好的，谢谢。', '');
    expect(diff.before).toEqual([{ text: '好的，谢谢。', changed: true }]);
    expect(diff.after).toEqual([]);
  });
});
