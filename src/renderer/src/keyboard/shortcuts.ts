/**
 * THE shortcut table. Every keyboard action of the console is declared here,
 * once: the key handlers, the hints beside buttons and the help overlay (?)
 * all read it. Keys use "Mod" for Ctrl (Cmd on a Mac); letters are lower case.
 *
 * `inFields: true` lets a shortcut fire while the moderator types in an input
 * or textarea; only explicit combinations may have it, never a bare letter.
 */
export type ShortcutScope = 'global' | 'live' | 'review' | 'setup';
export type ShortcutGroup = 'general' | 'agenda' | 'time' | 'queue' | 'answer' | 'prepared' | 'audio';

export interface Shortcut {
  keys: readonly string[];
  scope: ShortcutScope;
  group: ShortcutGroup;
  inFields?: boolean;
}

export const SHORTCUTS = {
  help: { keys: ['?'], scope: 'global', group: 'general' },
  escape: { keys: ['Escape'], scope: 'global', group: 'general', inFields: true },
  undo: { keys: ['Mod+z'], scope: 'live', group: 'general' },
  redo: { keys: ['Mod+Shift+z', 'Mod+y'], scope: 'live', group: 'general' },
  timeline: { keys: ['t'], scope: 'live', group: 'general' },
  save: { keys: ['Mod+s'], scope: 'setup', group: 'general', inFields: true },

  advance: { keys: ['PageDown', 'Mod+ArrowRight'], scope: 'live', group: 'agenda' },
  back: { keys: ['PageUp', 'Mod+ArrowLeft'], scope: 'live', group: 'agenda' },
  end: { keys: ['Mod+Shift+End'], scope: 'live', group: 'agenda' },
  remark: { keys: ['h'], scope: 'live', group: 'agenda' },
  deliverNext: { keys: ['d'], scope: 'live', group: 'agenda' },
  interpret: { keys: ['i'], scope: 'live', group: 'agenda' },

  stageClear: { keys: ['Mod+Shift+x'], scope: 'live', group: 'general', inFields: true },

  extendSegment: { keys: ['e'], scope: 'live', group: 'time' },
  extendConference: { keys: ['Shift+e'], scope: 'live', group: 'time' },

  register: { keys: ['q', '/'], scope: 'live', group: 'queue' },
  submit: { keys: ['Mod+Enter'], scope: 'live', group: 'queue', inFields: true },
  selectNext: { keys: ['j', 'ArrowDown'], scope: 'live', group: 'queue' },
  selectPrevious: { keys: ['k', 'ArrowUp'], scope: 'live', group: 'queue' },
  moveUp: { keys: ['Alt+ArrowUp'], scope: 'live', group: 'queue' },
  moveDown: { keys: ['Alt+ArrowDown'], scope: 'live', group: 'queue' },
  callNext: { keys: ['n'], scope: 'live', group: 'queue' },
  callSelected: { keys: ['c', 'Enter'], scope: 'live', group: 'queue' },
  markLast: { keys: ['l'], scope: 'live', group: 'queue' },
  followUp: { keys: ['f'], scope: 'live', group: 'queue' },
  notReached: { keys: ['x'], scope: 'live', group: 'queue' },

  pickSpeaker: { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], scope: 'live', group: 'answer' },
  recordAnswer: { keys: ['Enter'], scope: 'live', group: 'answer', inFields: true },
  // in the answer box the box handles it; elsewhere only outside fields, where Ctrl+Enter submits no form
  recordAndClose: { keys: ['Mod+Enter'], scope: 'live', group: 'answer' },
  answered: { keys: ['a'], scope: 'live', group: 'answer' },
  withdrawn: { keys: ['w'], scope: 'live', group: 'answer' },
  writtenReply: { keys: ['r'], scope: 'live', group: 'answer' },

  // while the register form has an outlet, its prepared questions are offered under it: these work from its fields
  preparedNext: { keys: ['Mod+ArrowDown'], scope: 'live', group: 'prepared', inFields: true },
  preparedPrevious: { keys: ['Mod+ArrowUp'], scope: 'live', group: 'prepared', inFields: true },
  preparedTake: { keys: ['Alt+Enter'], scope: 'live', group: 'prepared', inFields: true },
  cardNext: { keys: ['o'], scope: 'live', group: 'prepared' },
  cardSend: { keys: ['s'], scope: 'live', group: 'prepared' },
  cardClear: { keys: ['Shift+s'], scope: 'live', group: 'prepared' },
  // a combination, not a letter: a stray key must never stop the only recording of the room
  audioPause: { keys: ['Mod+Shift+p'], scope: 'live', group: 'audio' },
  playTurn: { keys: ['p'], scope: 'review', group: 'audio' },
  playPause: { keys: ['Shift+p'], scope: 'review', group: 'audio' },
  replay: { keys: ['b'], scope: 'review', group: 'audio' },
  slow: { keys: ['s'], scope: 'review', group: 'audio' }
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/**
 * Shortcuts the help overlay lists, in this order. recordAnswer is handled by the answer field itself;
 * so is recordAndClose there (elsewhere the page handles it), and submit by each form.
 */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['general', 'agenda', 'time', 'queue', 'answer', 'prepared', 'audio'];

export function shortcutsOf(group: ShortcutGroup): ShortcutId[] {
  return (Object.keys(SHORTCUTS) as ShortcutId[]).filter((id) => SHORTCUTS[id].group === group);
}
