/**
 * Undo and redo for the editor's form. Typing in one field within `mergeMs` of the previous
 * keystroke is one step, so undo takes back a word or a phrase, not a letter.
 */
export interface UndoHistory<T> {
  past: T[];
  future: T[];
  /** Field and time of the last recorded edit, for merging keystrokes. */
  lastField: string | null;
  lastAt: number;
}

export const MERGE_MS = 800;
const MAX_STEPS = 200;

export function emptyHistory<T>(): UndoHistory<T> {
  return { past: [], future: [], lastField: null, lastAt: 0 };
}

/** Records that the form was `before` when an edit of `field` started at `now`. */
export function recordEdit<T>(h: UndoHistory<T>, before: T, field: string, now: number, mergeMs = MERGE_MS): UndoHistory<T> {
  if (h.lastField === field && now - h.lastAt < mergeMs && h.past.length > 0) return { ...h, future: [], lastAt: now };
  return { past: [...h.past, before].slice(-MAX_STEPS), future: [], lastField: field, lastAt: now };
}

/** The form to show after undo, or null when there is nothing to undo. */
export function undo<T>(h: UndoHistory<T>, current: T): { history: UndoHistory<T>; value: T } | null {
  const value = h.past.at(-1);
  if (value === undefined) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastField: null, lastAt: 0 }, value };
}

export function redo<T>(h: UndoHistory<T>, current: T): { history: UndoHistory<T>; value: T } | null {
  const [value, ...rest] = h.future;
  if (value === undefined) return null;
  return { history: { past: [...h.past, current], future: rest, lastField: null, lastAt: 0 }, value };
}
