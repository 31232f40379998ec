import { describe, expect, it } from 'vitest';
import { clickSelection, EMPTY_SELECTION, pruneSelection, stepAfterApproval, stepSelection } from '../../../../renderer/src/library/selection';

const order = [10, 20, 30, 40, 50];
const plain = { range: false, toggle: false };

describe('selection', () => {
  it('a plain click selects one product and opens it', () => {
    expect(clickSelection(EMPTY_SELECTION, 30, plain, order)).toEqual({ ids: new Set([30]), focusId: 30, anchorId: 30 });
  });

  it('ctrl-click adds and removes, shift-click selects the range from the anchor in grid order', () => {
    let s = clickSelection(EMPTY_SELECTION, 20, plain, order);
    s = clickSelection(s, 40, { range: false, toggle: true }, order);
    expect([...s.ids]).toEqual([20, 40]);
    s = clickSelection(s, 20, { range: false, toggle: true }, order);
    expect([...s.ids]).toEqual([40]);
    // The last ctrl-click (on 20) is the anchor, even though it removed 20.
    s = clickSelection(s, 50, { range: true, toggle: false }, order);
    expect([...s.ids].sort()).toEqual([20, 30, 40, 50]);
    expect(s).toMatchObject({ focusId: 50, anchorId: 20 });
  });

  it('steps to the next and previous product, stopping at the ends', () => {
    let s = stepSelection(EMPTY_SELECTION, 1, order);
    expect(s.focusId).toBe(10);
    s = stepSelection(s, -1, order);
    expect(s.focusId).toBe(10);
    s = stepSelection(stepSelection(s, 1, order), 1, order);
    expect(s).toEqual({ ids: new Set([30]), focusId: 30, anchorId: 30 });
    expect(stepSelection(EMPTY_SELECTION, -1, order).focusId).toBe(50);
  });

  it('moves on after an approval only if the approved product is still the one open', () => {
    const at30 = clickSelection(EMPTY_SELECTION, 30, plain, order);
    expect(stepAfterApproval(at30, 30, order).focusId).toBe(40);
    // The shop owner went back to 20 before the approval of 30 landed: they stay on 20.
    const at20 = stepSelection(at30, -1, order);
    expect(stepAfterApproval(at20, 30, order)).toBe(at20);
  });

  it('drops products that are gone and keeps the same object when nothing changed', () => {
    const s = clickSelection(clickSelection(EMPTY_SELECTION, 20, plain, order), 30, { range: false, toggle: true }, order);
    expect(pruneSelection(s, new Set([20, 40]))).toEqual({ ids: new Set([20]), focusId: null, anchorId: null });
    expect(pruneSelection(s, new Set(order))).toBe(s);
  });
});
