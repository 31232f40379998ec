import { describe, expect, it } from 'vitest';
import { moveInGrid } from '../../../../renderer/src/library/grid-keys';

describe('moveInGrid', () => {
  const move = (key: string, from: number, shift = false) => moveInGrid(key, shift, from, 4, 10, 2);

  it('moves by one card sideways and by one row up and down, stopping at the edges', () => {
    expect([move('ArrowRight', 0), move('ArrowLeft', 5), move('ArrowDown', 1), move('ArrowUp', 6)].map((m) => m?.index)).toEqual([1, 4, 5, 2]);
    expect([move('ArrowLeft', 0), move('ArrowUp', 2), move('ArrowDown', 8), move('ArrowRight', 9)].map((m) => m?.index)).toEqual([0, 0, 9, 9]);
  });

  it('jumps to either end with Home and End and by a screenful of rows with Page keys', () => {
    expect([move('Home', 7), move('End', 1), move('PageDown', 0), move('PageUp', 9)].map((m) => m?.index)).toEqual([0, 9, 8, 1]);
  });

  it('lands on the first card from none, carries Shift, and ignores other keys', () => {
    expect(move('ArrowDown', -1)).toEqual({ index: 0, extend: false });
    expect(move('ArrowRight', 2, true)).toEqual({ index: 3, extend: true });
    expect(move('a', 2)).toBeNull();
    expect(moveInGrid('ArrowDown', false, -1, 4, 0, 2)).toBeNull();
  });
});
