import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { confirmClaims } from '../../../electron/generation/confirm-claims';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { mergeProducts } from '../../../electron/products/merge-products';
import { splitProducts } from '../../../electron/products/split-products';
import { restoreProducts, trashProducts } from '../../../electron/products/trash-products';
import { undoMerge } from '../../../electron/products/undo-merge';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

function allRows(): unknown[] {
  return ['products', 'photos', 'drafts', 'revisions'].map((t) => temp.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
}

function seedEdited(): [number, number, number] {
  const ids = seedProducts(temp.db, [{ photos: ['a1.jpg', 'a2.jpg'] }, { photos: ['b1.jpg'] }, { photos: ['c1.jpg'] }]) as [number, number, number];
  for (const id of ids) updateDraft(temp.db, id, { title: `Draft of ${id}` }, { source: 'edit' });
  return ids;
}

const refusal = (why: string) => expect.objectContaining({ code: 'conflict', message: expect.stringContaining(why) });

describe('undoMerge', () => {
  it('restores a merge whose target had no draft row at all, leaving none', () => {
    const [a, b] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }]) as [number, number];
    updateDraft(temp.db, b, { title: 'Only b was written' }, { source: 'edit' });
    const before = allRows();
    const { mergeId } = mergeProducts(temp.db, a, [b]);
    expect(undoMerge(temp.db, mergeId)).toEqual([a, b]);
    expect(allRows()).toEqual(before);
  });

  it("carries the adopted draft's observation and confirmations, and puts both rows back exactly", () => {
    const [a, b] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }]) as [number, number];
    saveGeneratedDraft(temp.db, b, { title: 'Red mug' }, [], { object: 'mug', colours: ['red'], materials: [], visibleText: [] });
    confirmClaims(temp.db, b, ['Acme'], DEFAULT_GENERATION_OPTIONS);
    const before = allRows();
    const { mergeId } = mergeProducts(temp.db, a, [b]);
    expect(readDraft(temp.db, a)).toMatchObject({ title: 'Red mug', observed: { colours: ['red'] }, confirmed: ['brand:acme'] });
    undoMerge(temp.db, mergeId);
    expect(allRows()).toEqual(before);
  });

  it('refuses, changing nothing, once the merged listing was edited', () => {
    const [a, b, c] = seedEdited();
    const { mergeId } = mergeProducts(temp.db, a, [b, c]);
    updateDraft(temp.db, a, { title: 'Edited after the merge' }, { source: 'edit' });
    const after = allRows();
    expect(() => undoMerge(temp.db, mergeId)).toThrow(refusal('edited since'));
    expect(() => undoMerge(temp.db, mergeId)).toThrow(refusal('This merge into "Edited after the merge" cannot be undone'));
    expect(allRows()).toEqual(after);
  });

  it('refuses once a photo was split off, and while the product is in the Trash', () => {
    const [a, b] = seedEdited();
    const { mergeId } = mergeProducts(temp.db, a, [b]);
    trashProducts(temp.db, [a]);
    expect(() => undoMerge(temp.db, mergeId)).toThrow(refusal('in the Trash'));
    restoreProducts(temp.db, [a]);
    const photo = temp.db.prepare("SELECT id FROM photos WHERE original_name = 'b1.jpg'").pluck().get() as number;
    splitProducts(temp.db, a, [photo]);
    expect(() => undoMerge(temp.db, mergeId)).toThrow(refusal('split off'));
  });

  it('undoes nested merges newest first, and refuses them the other way round', () => {
    const [a, b, c] = seedEdited();
    const before = allRows();
    const first = mergeProducts(temp.db, a, [b]).mergeId;
    const second = mergeProducts(temp.db, a, [c]).mergeId;
    expect(() => undoMerge(temp.db, first)).toThrow(refusal('later merge'));
    undoMerge(temp.db, second);
    undoMerge(temp.db, first);
    expect(allRows()).toEqual(before);
  });
});
