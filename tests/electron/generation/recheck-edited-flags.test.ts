import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { recheckEditedFlags } from '../../../electron/generation/recheck-edited-flags';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';

/** Edits saved the way drafts.update saves them, on a real library whose photos are a red product. */
let lib: ProductLibrary;
beforeEach(async () => {
  lib = await makeProductLibrary(['#c62828']);
});
afterEach(() => lib.close());

const edit = (fields: Parameters<typeof updateDraft>[2]) =>
  updateDraft(lib.db, lib.productId, fields, { source: 'edit', recheck: recheckEditedFlags(lib.db, lib.productId, DEFAULT_GENERATION_OPTIONS) });

describe('recheckEditedFlags through updateDraft', () => {
  it('raises a colour flag on the field an edit makes wrong, and clears it when the edit is fixed', () => {
    const wrong = edit({ title: 'Blue ceramic mug' });
    expect(wrong.status).toBe('flagged');
    expect(wrong.flags).toEqual([
      { code: 'colour_mismatch', field: 'title', words: ['blue'], reason: 'The title says blue, but the product in the photos looks red.' },
    ]);
    const fixed = edit({ title: 'Red ceramic mug' });
    expect(fixed.flags).toEqual([]);
    expect(fixed.status).toBe('draft');
  });

  it('redoes only the edited field\'s checks: other fields\' flags and the model\'s doubts stay', () => {
    const description = Array.from({ length: 50 }, () => 'mug').join(' ');
    saveGeneratedDraft(lib.db, lib.productId, { title: 'Green mug', description }, [
      { code: 'colour_mismatch', field: 'title', words: ['green'], reason: 'The title says green, but the product in the photos looks red.' },
      { code: 'uncertain', reason: 'The model was unsure about: material.' },
    ]);
    const after = edit({ description: 'A short red mug.' });
    expect(after.flags.map((f) => [f.code, f.field])).toEqual([
      ['colour_mismatch', 'title'],
      ['uncertain', undefined],
      ['word_count', undefined],
    ]);
    expect(after.status).toBe('flagged');
  });

  it('redoes an old colour flag that names no field on any edit', () => {
    saveGeneratedDraft(lib.db, lib.productId, { title: 'Red mug', tags: ['red'] }, [{ code: 'colour_mismatch', reason: 'The listing says blue, but the photo looks red.' }]);
    expect(edit({ tags: ['red', 'mug'] }).flags).toEqual([]);
  });

  it('flags an edit that is not readable text', () => {
    expect(edit({ title: ')RO7&N!F|%O7&RO7&N[bN!b!F|BU3vF' }).flags).toEqual([
      expect.objectContaining({ code: 'unreadable', field: 'title' }),
    ]);
  });
});
