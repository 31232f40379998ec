import { useEffect, useRef } from 'react';
import { matchShortcut, type ShortcutAction } from './shortcut-keys';

/**
 * Calls `onAction` for the review loop's keys anywhere in the page. The handler decides whether
 * it used the key (returning false lets it do its usual thing, e.g. undo inside a search box).
 */
export function useShortcuts(onAction: (action: ShortcutAction) => boolean) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = matchShortcut(e);
      if (action && handler.current(action)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
