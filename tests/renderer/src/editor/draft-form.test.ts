import { describe, expect, it } from 'vitest';
import { applySaved, diffForm, draftToForm, parseTags, type DraftForm } from '../../../../renderer/src/editor/draft-form';

const base: DraftForm = draftToForm({ title: 'Tote', description: 'A bag.', tags: ['linen', 'bag'], price: '15.00', sku: null });

describe('draft form', () => {
  it('shows tags as one comma-separated line and missing price/SKU as empty', () => {
    expect(base).toEqual({ title: 'Tote', description: 'A bag.', tags: 'linen, bag', price: '15.00', sku: '', attributes: {} });
  });

  it('parses tags trimmed, without blanks or repeats in any case', () => {
    expect(parseTags(' Linen, tote bag,, linen ,TOTE BAG, gift ')).toEqual(['Linen', 'tote bag', 'gift']);
    expect(parseTags('')).toEqual([]);
  });

  it('sends only the fields that changed, in the contract shape', () => {
    expect(diffForm(base, base)).toEqual({ fields: {}, errors: {} });
    const changed = { ...base, title: 'Linen tote', tags: 'linen, bag, gift', sku: ' TOTE-1 ', price: '' };
    expect(diffForm(base, changed)).toEqual({ fields: { title: 'Linen tote', tags: ['linen', 'bag', 'gift'], sku: 'TOTE-1', price: null }, errors: {} });
  });

  it('keeps an invalid price out with a message, while the other fields still save', () => {
    const { fields, errors } = diffForm(base, { ...base, title: 'New', price: '12,50' });
    expect(fields).toEqual({ title: 'New' });
    expect(errors.price).toBe('Price "12,50" is not a number like 15 or 15.00.');
  });

  it('sends attributes only when a value really changed, without blank ones', () => {
    const withColour = { ...base, attributes: { color: 'Natural', material: '' } };
    expect(diffForm(base, withColour).fields).toEqual({ attributes: { color: 'Natural' } });
    expect(diffForm(withColour, { ...withColour, attributes: { color: 'Natural ' } }).fields).toEqual({});
  });

  it('records as saved only what was sent, so later edits still count as changes', () => {
    const submitted = { ...base, title: 'A', price: 'bad' };
    const saved = applySaved(base, submitted, { title: 'A' });
    expect(saved).toEqual({ ...base, title: 'A' });
    expect(diffForm(saved, { ...submitted, description: 'More.' }).fields).toEqual({ description: 'More.' });
  });
});
