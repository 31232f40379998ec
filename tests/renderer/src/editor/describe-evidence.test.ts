import { describe, expect, it } from 'vitest';
import { confirmableWords, describeObserved, describeSources } from '../../../../renderer/src/editor/describe-evidence';

describe('describeSources', () => {
  it('lists the standard attributes first with the words the editor shows, marking the unconfirmed', () => {
    expect(describeSources({ vendor: 'owner', brand: 'unconfirmed', color: 'measured', condition: 'not_visible', category: 'seen', material: 'read' })).toEqual([
      { key: 'category', label: 'Category', source: 'Seen by the model', unconfirmed: false },
      { key: 'color', label: 'Colour', source: 'Measured from the photo', unconfirmed: false },
      { key: 'material', label: 'Material', source: 'Read off the photo', unconfirmed: false },
      { key: 'brand', label: 'Brand', source: 'Unconfirmed: check it', unconfirmed: true },
      { key: 'condition', label: 'Condition', source: 'Not set: the shop default applies', unconfirmed: false },
      { key: 'vendor', label: 'vendor', source: 'Yours', unconfirmed: false },
    ]);
  });
});

describe('describeObserved', () => {
  it('says each fact, "none" for an empty list and "not stated" for a null object', () => {
    expect(describeObserved({ object: null, colours: ['blue'], materials: [], visibleText: [], claimedBrand: 'Nike' })).toEqual([
      'Object: not stated',
      'Colours: blue',
      'Materials: none',
      'Text on the product: none',
      'Brand it named: Nike',
    ]);
  });

  it('says when nothing was recorded', () => {
    expect(describeObserved(null)[0]).toMatch(/^Not recorded/);
  });
});

describe('confirmableWords', () => {
  it('offers only the words of an unverified claim', () => {
    expect(confirmableWords({ code: 'unverified_claim', field: 'title', words: ['Nike'], reason: 'r' })).toEqual(['Nike']);
    expect(confirmableWords({ code: 'colour_mismatch', field: 'title', words: ['blue'], reason: 'r' })).toEqual([]);
  });
});
