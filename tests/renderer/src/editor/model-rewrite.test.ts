import { describe, expect, it } from 'vitest';
import type { DraftForm } from '../../../../renderer/src/editor/draft-form';
import { changedFields, describeRewrite, ownerValues, rewriteStillShown } from '../../../../renderer/src/editor/model-rewrite';

const mine: DraftForm = { title: 'My speckled mug', description: 'Thrown by hand.', tags: 'mug, stoneware', price: '18.00', sku: 'MUG-1', attributes: { color: 'white' } };
const theirs: DraftForm = { ...mine, title: 'Ceramic mug', attributes: { color: 'cream' } };

describe('model-rewrite', () => {
  it('finds the fields the model changed', () => {
    expect(changedFields(mine, theirs)).toEqual(['title', 'attributes']);
    expect(describeRewrite(mine, { ...mine })).toBeNull();
  });

  it('is shown while the form holds any of the new text, and keep mine gives back exactly the owner\'s fields', () => {
    const rewrite = describeRewrite(mine, theirs)!;
    expect(rewriteStillShown(rewrite, theirs)).toBe(true);
    expect(ownerValues(rewrite)).toEqual({ title: 'My speckled mug', attributes: { color: 'white' } });
    expect(rewriteStillShown(rewrite, { ...theirs, ...ownerValues(rewrite) })).toBe(false);
  });
});
