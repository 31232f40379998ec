import { describe, expect, it } from 'vitest';
import { describeSaveState, reduceSaveState, type SaveAction, type SaveState } from '../../../../renderer/src/editor/save-state';

const saved: SaveState = { status: 'saved', message: null, revision: 4 };
const run = (actions: SaveAction[], from = saved) => actions.reduce(reduceSaveState, from);

describe('autosave state', () => {
  it('goes pending on an edit, saving, then saved at the new revision', () => {
    expect(run([{ type: 'edited' }]).status).toBe('pending');
    expect(run([{ type: 'edited' }, { type: 'started' }]).status).toBe('saving');
    expect(run([{ type: 'edited' }, { type: 'started' }, { type: 'succeeded', revision: 5, dirty: false }])).toEqual({ status: 'saved', message: null, revision: 5 });
  });

  it('stays saving while typing during a save, and ends pending when edits are left over', () => {
    expect(run([{ type: 'started' }, { type: 'edited' }]).status).toBe('saving');
    expect(run([{ type: 'started' }, { type: 'edited' }, { type: 'succeeded', revision: 5, dirty: true }]).status).toBe('pending');
  });

  it('shows an error with the message, and retries on the next edit', () => {
    const failed = run([{ type: 'started' }, { type: 'failed', code: 'invalid_input', message: 'tags.3: Too big' }]);
    expect(describeSaveState(failed)).toBe('Not saved: tags.3: Too big');
    expect(reduceSaveState(failed, { type: 'edited' }).status).toBe('pending');
  });

  it('keeps a conflict until the draft is reloaded, whatever is typed', () => {
    const conflict = run([{ type: 'started' }, { type: 'failed', code: 'conflict', message: 'newer revision 6' }]);
    expect(conflict.status).toBe('conflict');
    expect(run([{ type: 'edited' }, { type: 'started' }], conflict).status).toBe('conflict');
    expect(describeSaveState(conflict)).toMatch(/changed elsewhere/);
  });

  it('labels each state for the person', () => {
    expect(describeSaveState(saved)).toBe('Saved (revision 4)');
    expect(describeSaveState({ ...saved, status: 'pending' })).toBe('Unsaved changes');
    expect(describeSaveState({ ...saved, status: 'saving' })).toBe('Saving…');
  });
});
