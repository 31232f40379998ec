import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRevisions } from '../../../electron/drafts/list-revisions';
import { restoreRevision } from '../../../electron/drafts/restore-revision';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { confirmClaims, confirmationKeyOf } from '../../../electron/generation/confirm-claims';
import { recheckEditedFlags } from '../../../electron/generation/recheck-edited-flags';
import { typedConfirmations } from '../../../electron/generation/typed-confirmations';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';

/** A real library whose photos are a red mug, with a draft the model wrote claiming a brand and a size. */
let lib: ProductLibrary;
beforeEach(async () => {
  lib = await makeProductLibrary(['#c62828']);
  saveGeneratedDraft(
    lib.db,
    lib.productId,
    { title: 'Nike red mug', description: 'A red mug that holds 12 oz.', attributes: { color: 'red' } },
    [
      { code: 'unverified_claim', field: 'title', words: ['Nike'], reason: 'The title states the brand Nike.' },
      { code: 'unverified_claim', field: 'description', words: ['12 oz'], reason: 'The description states "12 oz".' },
    ],
    { object: 'mug', colours: ['red'], materials: [], visibleText: [], claimedBrand: 'Nike' },
  );
});
afterEach(() => lib.close());

const edit = (fields: Parameters<typeof updateDraft>[2]) =>
  updateDraft(lib.db, lib.productId, fields, { source: 'edit', recheck: recheckEditedFlags(lib.db, lib.productId, DEFAULT_GENERATION_OPTIONS) });

describe('confirmClaims', () => {
  it('keys a size by its normalised words and anything else as a brand', () => {
    expect(confirmationKeyOf('12 oz')).toBe('claim:12oz');
    expect(confirmationKeyOf('Made in Portugal')).toBe('claim:made in portugal');
    expect(confirmationKeyOf('Nike')).toBe('brand:nike');
  });

  it("records the owner's word as an undoable revision and clears exactly the confirmed words' flags", () => {
    const afterSize = confirmClaims(lib.db, lib.productId, ['12 oz'], DEFAULT_GENERATION_OPTIONS);
    expect(afterSize.confirmed).toEqual(['claim:12oz']);
    expect(afterSize.flags.map((f) => [f.field, f.words])).toEqual([['title', ['Nike']]]);
    expect(afterSize.status).toBe('flagged');
    const afterBrand = confirmClaims(lib.db, lib.productId, ['Nike'], DEFAULT_GENERATION_OPTIONS);
    expect(afterBrand.flags).toEqual([]);
    expect(afterBrand.status).toBe('draft');
    expect(listRevisions(lib.db, lib.productId).map((r) => r.source)).toEqual(['edit', 'edit', 'generate']); // newest first
  });

  it('keeps the confirmation through later edits: the same size typed again is not flagged, a new one is', () => {
    confirmClaims(lib.db, lib.productId, ['12 oz'], DEFAULT_GENERATION_OPTIONS);
    expect(edit({ description: 'A red mug, 12oz.' }).flags.filter((f) => f.field === 'description')).toEqual([]);
    const bigger = edit({ description: 'A red mug, 16 oz.' });
    expect(bigger.flags.find((f) => f.field === 'description')).toMatchObject({ code: 'unverified_claim', words: ['16 oz'] });
  });

  it('refuses an empty list, naming what to send', () => {
    expect(() => confirmClaims(lib.db, lib.productId, ['  '], DEFAULT_GENERATION_OPTIONS)).toThrow(/Name the words to confirm/);
  });
});

describe('edits are held to the evidence', () => {
  it("accepts a brand the owner types in the attributes, and with it the title that names it; not one the owner merely leaves", () => {
    const typed = updateDraft(lib.db, lib.productId, { attributes: { color: 'red', brand: 'Acme' }, title: 'Acme red mug' }, {
      source: 'edit',
      recheck: recheckEditedFlags(lib.db, lib.productId, DEFAULT_GENERATION_OPTIONS),
      typedConfirmations,
    });
    expect(typed.confirmed).toEqual(['brand:acme']);
    expect(typed.flags.filter((f) => f.code === 'unverified_claim').map((f) => f.field)).toEqual(['description']);
    const untouched = edit({ description: 'A red mug.' });
    expect(untouched.confirmed).toEqual(['brand:acme']);
    expect(untouched.flags.map((f) => f.code)).toEqual(['word_count']);
  });

  it('flags a brand the owner leaves in the title until the SKU or a confirmation backs it', () => {
    const renamed = edit({ title: 'Nike mug, red' });
    expect(renamed.flags.find((f) => f.field === 'title')).toMatchObject({ code: 'unverified_claim', words: ['Nike'] });
    expect(edit({ sku: 'NIKE-MUG-1' }).flags.filter((f) => f.field === 'title')).toEqual([]);
  });

  it('restoring an older revision brings back the observation that revision was written from', () => {
    saveGeneratedDraft(lib.db, lib.productId, { title: 'Blue mug' }, [], { object: 'mug', colours: ['blue'], materials: [], visibleText: [] });
    const restored = restoreRevision(lib.db, lib.productId, 1);
    expect(restored.observed).toMatchObject({ colours: ['red'], claimedBrand: 'Nike' });
  });
});
