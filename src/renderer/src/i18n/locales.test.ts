import { describe, expect, it } from 'vitest';
import i18next from './index';
import { collectResources } from './index';
import { describeAction, undoTitle } from './actions';
import { SHORTCUTS } from '../keyboard/shortcuts';

type Tree = Record<string, unknown>;

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`]
  );
}

/** Plural forms differ by language (zh has only _other): compare keys without them. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });
const resources = collectResources(files);

/** Every literal t('ns:key') in the renderer's sources. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.*'], { eager: true, query: '?raw', import: 'default' });

describe('the UI texts', () => {
  it('has every namespace and key in both Chinese and English', () => {
    expect(Object.keys(resources.zh ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
    for (const namespace of Object.keys(resources.en ?? {})) {
      const en = new Set(leaves(resources.en![namespace]!).map(base));
      const zh = new Set(leaves(resources.zh![namespace]!).map(base));
      expect(
        [...en].filter((k) => !zh.has(k)),
        `${namespace}: missing in zh`
      ).toEqual([]);
      expect(
        [...zh].filter((k) => !en.has(k)),
        `${namespace}: missing in en`
      ).toEqual([]);
    }
  });

  it('defines every key the code asks for', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([a-z]+):([\w.]+)'/g)) {
        const [, namespace, key] = match as unknown as [string, string, string];
        for (const language of ['zh', 'en']) {
          const found = i18next.exists(`${namespace}:${key}`, { lng: language }) || i18next.exists(`${namespace}:${key}_other`, { lng: language });
          if (!found) missing.push(`${language} ${namespace}:${key} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes every shortcut in the help overlay', () => {
    for (const id of Object.keys(SHORTCUTS)) {
      expect(i18next.exists(`keys:actions.${id}`, { lng: 'zh' }), id).toBe(true);
      expect(i18next.exists(`keys:actions.${id}`, { lng: 'en' }), id).toBe(true);
    }
  });

  it('names every live action main can put on the undo stack', () => {
    const labels = [
      'live.start',
      'live.advance',
      'live.goTo',
      'live.skip',
      'live.extend',
      'live.end',
      'question.register',
      'question.update',
      'question.move',
      'question.call',
      'question.close.answered',
      'question.close.withdrawn',
      'question.close.not_reached',
      'question.close.written_reply',
      'question.markLast',
      'question.unmarkLast',
      'question.merge',
      'answer.record',
      'turn.add',
      'turn.interpret',
      'turn.remark',
      'submission.approve',
      'submission.merge',
      'submission.reject'
    ];
    for (const label of labels) {
      for (const language of ['zh', 'en']) expect(i18next.exists(`actions:${label}`, { lng: language }), `${language} ${label}`).toBe(true);
    }
  });

  it('words undo with the action and its arguments', () => {
    const call = { label: 'question.call', args: { outlet: '大众网' } };
    expect(undoTitle('undo', call, i18next.getFixedT('zh'))).toBe('撤销：叫号 大众网');
    expect(undoTitle('undo', call, i18next.getFixedT('en'))).toBe('Undo: call 大众网');
    expect(describeAction({ label: 'answer.record', args: { speaker: '李琦', outlet: '大众网' } }, i18next.getFixedT('zh'))).toBe(
      '记录 李琦 回答 大众网'
    );
    expect(describeAction({ label: 'some.future.action', args: {} }, i18next.getFixedT('en'))).toBe('some.future.action');
  });
});
