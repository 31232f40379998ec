import { describe, expect, it } from 'vitest';
import { matchShortcut, type KeyPress } from '../../../../renderer/src/app/shortcut-keys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('matchShortcut', () => {
  it('maps the review loop keys, with Cmd standing in for Ctrl', () => {
    expect(matchShortcut(key('ArrowDown', { altKey: true }))).toBe('next');
    expect(matchShortcut(key('ArrowUp', { altKey: true }))).toBe('previous');
    expect(matchShortcut(key('Enter', { ctrlKey: true }))).toBe('approve');
    expect(matchShortcut(key('Enter', { metaKey: true }))).toBe('approve');
    expect(matchShortcut(key('G', { ctrlKey: true, shiftKey: true }))).toBe('regenerate');
    expect(matchShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves plain typing and other combinations alone', () => {
    expect(matchShortcut(key('ArrowDown'))).toBeNull();
    expect(matchShortcut(key('Enter'))).toBeNull();
    expect(matchShortcut(key('g', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});
