import type { TFunction } from 'i18next';
import type { LiveActionInfo } from '../../../shared/domain';

/**
 * A live action in words, from the label main stores with it and its arguments:
 * { label: 'question.call', args: { outlet: '大众网' } } → "叫号 大众网" / "call 大众网".
 */
export function describeAction(action: Pick<LiveActionInfo, 'label' | 'args'>, t: TFunction): string {
  return t(`actions:${action.label}`, { ...action.args, defaultValue: action.label });
}

/** "撤销：叫号 大众网" / "Undo: call 大众网" */
export function undoTitle(kind: 'undo' | 'redo', action: Pick<LiveActionInfo, 'label' | 'args'>, t: TFunction): string {
  return t(`actions:${kind}`, { action: describeAction(action, t) });
}
