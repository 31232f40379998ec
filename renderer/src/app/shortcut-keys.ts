export type ShortcutAction = 'next' | 'previous' | 'approve' | 'regenerate' | 'undo' | 'redo';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The review loop's keys. Each uses a modifier so it works while the cursor is in a text field:
 * Alt+↓ / Alt+↑ next and previous product, Ctrl+Enter approve (and move on), Ctrl+Shift+G
 * regenerate, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo. Cmd stands in for Ctrl on macOS.
 */
export const SHORTCUT_HELP: readonly [string, string][] = [
  ['Alt+↓', 'Next product'],
  ['Alt+↑', 'Previous product'],
  ['Ctrl+Enter', 'Approve and go to the next'],
  ['Ctrl+Shift+G', 'Regenerate the listing'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z', 'Redo'],
];

export function matchShortcut(e: KeyPress): ShortcutAction | null {
  const command = e.ctrlKey || e.metaKey;
  if (e.altKey && !command && e.key === 'ArrowDown') return 'next';
  if (e.altKey && !command && e.key === 'ArrowUp') return 'previous';
  if (!command || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'enter' && !e.shiftKey) return 'approve';
  if (key === 'g' && e.shiftKey) return 'regenerate';
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
