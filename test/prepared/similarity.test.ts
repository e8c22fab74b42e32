import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jaccard, SIMILARITY_THRESHOLD, similarPairs, similarTo, trigramsOf } from '../../src/main/core/prepared/similarity';

/** The three questions of the real Heze record, read from the published transcript. */
function hezeQuestions(): string[] {
  const lines = fs.readFileSync('/work/shared/fixtures/heze-2024-01-02-transcript.txt', 'utf8').split('\n');
  return lines.flatMap((line, i) => (/记者$/.test(line.trim()) && i > 30 && lines[i + 1]?.includes('?') ? [lines[i + 1]!.trim()] : []));
}

const similarity = (a: string, b: string) => jaccard(trigramsOf(a), trigramsOf(b));

// The first Heze question asked again in other words, as a second reporter or a submission might.
const REWORDED = '市直机关纪检监察工委明年打算采取哪些措施来持续改进机关作风、促进廉洁从政?';
const REWORDED_SHORT = '下一年，纪检监察工委将采取什么措施改进机关作风，促进廉洁从政？';

const EN = {
  asked:
    'What measures will the discipline inspection commission take next year to keep improving the work style of government bodies and promote integrity?',
  reworded:
    'Next year, what steps will the discipline inspection commission take to improve the work style of government bodies and promote integrity?',
  other: 'How has the working committee combined Party building with its daily work, and what are its plans for next year?',
  contest: 'What did the commission achieve in the public speaking contest this year?'
};

describe('trigram similarity on real questions', () => {
  const heze = hezeQuestions();

  it('reads the three questions of the Heze record', () => {
    expect(heze).toHaveLength(3);
    expect(heze[0]).toMatch(/^请问市直机关纪检监察工委/);
  });

  it('leaves the three different Heze questions apart, though all are about the same 工委', () => {
    for (let i = 0; i < heze.length; i++)
      for (let j = i + 1; j < heze.length; j++) expect(similarity(heze[i]!, heze[j]!)).toBeLessThan(SIMILARITY_THRESHOLD / 2);
    expect(similarPairs(heze.map((text, i) => ({ id: i + 1, text, outletId: i + 1, topic: '' })))).toEqual([]);
  });

  it('flags the first Heze question asked again in other words, in either wording', () => {
    expect(similarity(heze[0]!, REWORDED)).toBeGreaterThan(0.35);
    expect(similarity(heze[0]!, REWORDED_SHORT)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    const items = [...heze, REWORDED, REWORDED_SHORT].map((text, i) => ({ id: i + 1, text, outletId: i + 1, topic: '' }));
    const pairs = similarPairs(items).map((p) => [p.firstId, p.secondId]);
    expect(pairs).toEqual([
      [1, 4],
      [4, 5],
      [1, 5]
    ]);
  });

  it('in English: two wordings of one question are flagged, questions on other subjects are not', () => {
    expect(similarity(EN.asked, EN.reworded)).toBeGreaterThan(0.6);
    for (const other of [EN.other, EN.contest]) {
      expect(similarity(EN.asked, other)).toBeLessThan(SIMILARITY_THRESHOLD - 0.05);
      expect(similarity(EN.reworded, other)).toBeLessThan(SIMILARITY_THRESHOLD - 0.05);
    }
  });

  it('ignores punctuation, spaces, width and case', () => {
    expect(similarity('促进廉洁从政？', '促进 廉洁、从政?')).toBe(1);
    expect(similarity('ＡＢＣ news', 'abc NEWS')).toBe(1);
    expect(trigramsOf('，。！')).toEqual(new Set());
    expect(similarity('', '')).toBe(0);
  });

  it('flags the same outlet on the same topic whatever the words, and not another outlet or topic', () => {
    const subject = { id: 1, text: '营商环境有什么新举措？', outletId: 7, topic: '营商环境' };
    const matches = similarTo(subject, [
      { id: 2, text: '民营企业融资难怎么解决？', outletId: 7, topic: ' 营商环境 ' },
      { id: 3, text: '民营企业融资难怎么解决？', outletId: 8, topic: '营商环境' },
      { id: 4, text: '民营企业融资难怎么解决？', outletId: 7, topic: '就业' },
      { id: 5, text: '营商环境有什么新的举措？', outletId: null, topic: '' }
    ]);
    expect(matches.map((m) => [m.id, m.reason])).toEqual([
      [5, 'text'],
      [2, 'sameOutletAndTopic']
    ]);
    // no topic is not a shared topic
    expect(similarTo({ ...subject, topic: '' }, [{ id: 2, text: '别的', outletId: 7, topic: '' }])).toEqual([]);
  });
});
