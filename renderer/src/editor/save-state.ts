import type { ErrorCode } from '../../../shared/errors';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface SaveState {
  status: SaveStatus;
  message: string | null;
  revision: number;
}

export type SaveAction =
  | { type: 'edited' }
  | { type: 'started' }
  | { type: 'succeeded'; revision: number; dirty: boolean }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'invalid'; message: string };

/**
 * The autosave's state. A conflict (someone saved a newer revision) is sticky: saving over it
 * would lose their work, so edits wait until the person reloads the draft.
 */
export function reduceSaveState(state: SaveState, action: SaveAction): SaveState {
  if (state.status === 'conflict' && action.type !== 'succeeded') return state;
  switch (action.type) {
    case 'edited':
      return state.status === 'saving' ? state : { ...state, status: 'pending', message: null };
    case 'started':
      return { ...state, status: 'saving', message: null };
    case 'succeeded':
      return { status: action.dirty ? 'pending' : 'saved', message: null, revision: action.revision };
    case 'failed':
      return { ...state, status: action.code === 'conflict' ? 'conflict' : 'error', message: action.message };
    case 'invalid':
      return { ...state, status: 'error', message: action.message };
  }
}

export function describeSaveState(state: SaveState): string {
  switch (state.status) {
    case 'saved':
      return state.revision > 0 ? `Saved (revision ${state.revision})` : 'Saved';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${state.message ?? 'unknown error'}`;
    case 'conflict':
      return 'This draft changed elsewhere. Reload it to see the newer version; your unsaved edits here are kept until then.';
  }
}
