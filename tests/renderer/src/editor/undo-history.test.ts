import { describe, expect, it } from 'vitest';
import { emptyHistory, recordEdit, redo, undo } from '../../../../renderer/src/editor/undo-history';

describe('undo history', () => {
  it('merges quick keystrokes in one field into one step, and starts a new step for another field or a pause', () => {
    let h = emptyHistory<string>();
    h = recordEdit(h, 'a', 'description', 1000);
    h = recordEdit(h, 'ab', 'description', 1200);
    expect(h.past).toEqual(['a']);
    h = recordEdit(h, 'abc', 'title', 1300);
    h = recordEdit(h, 'abcd', 'title', 3000);
    expect(h.past).toEqual(['a', 'abc', 'abcd']);
  });

  it('undoes back to the state before the step and redoes forward; a new edit clears redo', () => {
    let h = recordEdit(emptyHistory<string>(), 'old', 'description', 0);
    const u = undo(h, 'new')!;
    expect(u.value).toBe('old');
    const r = redo(u.history, 'old')!;
    expect(r.value).toBe('new');
    h = recordEdit(undo(r.history, 'new')!.history, 'old', 'title', 10);
    expect(h.future).toEqual([]);
    expect(undo(emptyHistory<string>(), 'x')).toBeNull();
    expect(redo(emptyHistory<string>(), 'x')).toBeNull();
  });
});
