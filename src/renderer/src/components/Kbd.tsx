import { keyLabel, primaryKeyLabel } from '../keyboard/keys';
import type { ShortcutId } from '../keyboard/shortcuts';

/** The key of a shortcut, shown beside its action. */
export function Kbd({ id, combo }: { id?: ShortcutId; combo?: string }) {
  const label = combo ? keyLabel(combo) : id ? primaryKeyLabel(id) : '';
  return (
    <kbd className="kbd" aria-hidden="true">
      {label}
    </kbd>
  );
}
