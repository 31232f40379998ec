import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { listRevisions } from '../../../electron/drafts/list-revisions';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
let id: number;
beforeEach(() => {
  temp = openTempDatabase();
  [id] = seedProducts(temp.db, [{ photos: ['lamp.jpg'] }]) as [number];
});
afterEach(() => temp.cleanup());

const generated = { title: 'Brass desk lamp', description: 'A warm brass lamp.', tags: ['lamp', 'brass'], attributes: { material: 'brass' } };

describe('saveGeneratedDraft', () => {
  it('stores the text as a generate revision with status draft when nothing is flagged', () => {
    const saved = saveGeneratedDraft(temp.db, id, generated, []);
    expect(saved).toMatchObject({ ...generated, status: 'draft', flags: [], revision: 1 });
    expect(getDraft(temp.db, id)).toEqual(saved);
    expect(listRevisions(temp.db, id)[0]).toMatchObject({ source: 'generate', title: 'Brass desk lamp' });
  });

  it('marks the draft flagged with its flags when there are any', () => {
    const flags = [{ code: 'word_count', reason: 'Description has 4 words; the target is 45-55.' }];
    expect(saveGeneratedDraft(temp.db, id, generated, flags)).toMatchObject({ status: 'flagged', flags });
  });

  it('keeps the price and SKU the shop owner typed', () => {
    updateDraft(temp.db, id, { price: '24.00', sku: 'LAMP-7' }, { source: 'edit' });
    expect(saveGeneratedDraft(temp.db, id, generated, [])).toMatchObject({ price: '24.00', sku: 'LAMP-7', revision: 2 });
  });
});
