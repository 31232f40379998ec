import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveGeneratedDraft } from '../../../../electron/drafts/save-generated-draft';
import { markExported } from '../../../../electron/drafts/mark-exported';
import { setStatus } from '../../../../electron/drafts/set-status';
import { updateDraft } from '../../../../electron/drafts/update-draft';
import { mergeProducts } from '../../../../electron/products/merge-products';
import { trashProducts } from '../../../../electron/products/trash-products';
import { createJob } from '../../../../electron/queue/jobs';
import { planGeneration, selectProducts } from '../../../../electron/queue/generate/select-products';
import { openTempDatabase, seedProducts } from '../../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
let ids: number[];
beforeEach(() => {
  temp = openTempDatabase();
  ids = seedProducts(temp.db, Array.from({ length: 7 }, () => ({})));
});
afterEach(() => temp.cleanup());

/** An item of a generate job that ended failed for this product, as the queue records it. */
function failedLastTry(productId: number): void {
  const jobId = createJob(temp.db, 'generate', {}, [productId]);
  temp.db.prepare("UPDATE job_items SET state = 'failed', error = 'photo unreadable' WHERE job_id = ?").run(jobId);
}

describe('planGeneration', () => {
  it('for "all": writes new products and failed model drafts, keeps the owner\'s edited, approved and exported drafts', () => {
    const [fresh, modelDraft, failedDraft, edited, editedFailed, approved, exported] = ids as [number, number, number, number, number, number, number];
    for (const id of [modelDraft, failedDraft, edited, editedFailed, approved, exported]) saveGeneratedDraft(temp.db, id, { title: 'Model title' }, []);
    failedLastTry(failedDraft);
    updateDraft(temp.db, edited, { title: 'Mine' }, { source: 'edit' });
    updateDraft(temp.db, editedFailed, { title: 'Mine too' }, { source: 'edit' });
    failedLastTry(editedFailed);
    setStatus(temp.db, [approved], 'approved');
    markExported(temp.db, [exported], 'shopify', '/tmp/shop.csv');

    const plan = planGeneration(temp.db, { all: true });
    expect(plan.productIds).toEqual([fresh, failedDraft]);
    expect(plan.counts).toEqual({ new: 1, drafts: 2, edited: 2, approved: 2 });
    expect(plan.failed).toBe(2);
    expect(plan.kept).toEqual({ new: 0, drafts: 1, edited: 2, approved: 2 });

    expect(planGeneration(temp.db, { all: true, rewrite: ['drafts', 'approved'] }).productIds).toEqual([fresh, modelDraft, failedDraft, approved, exported]);
    expect(planGeneration(temp.db, { all: true, rewrite: ['edited'] }).productIds).toEqual([fresh, failedDraft, edited, editedFailed]);
  });

  it('writes every named product: the owner chose them', () => {
    saveGeneratedDraft(temp.db, ids[0]!, { title: 'Model title' }, []);
    setStatus(temp.db, [ids[0]!], 'approved');
    expect(planGeneration(temp.db, { productIds: [ids[0]!, ids[1]!] }).productIds).toEqual([ids[0], ids[1]]);
  });

  it('refuses "all" with the counts when every product has a draft to keep', () => {
    for (const id of ids) updateDraft(temp.db, id, { title: 'Mine' }, { source: 'edit' });
    expect(() => selectProducts(temp.db, { all: true })).toThrow('Every product already has a draft (7 edited by you), so there is nothing new to write.');
  });
});

describe('selectProducts', () => {
  it('"all" means the products in the library, not those in the Trash or merged into another', () => {
    const [a, b, c, d] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }, { photos: ['d.jpg'] }]) as [number, number, number, number];
    trashProducts(temp.db, [b]);
    mergeProducts(temp.db, a, [c]);
    expect(selectProducts(temp.db, { all: true })).toEqual(expect.arrayContaining([a, d]));
    expect(selectProducts(temp.db, { all: true })).not.toEqual(expect.arrayContaining([b]));
    expect(selectProducts(temp.db, { all: true })).not.toEqual(expect.arrayContaining([c]));
    // The product in the Trash is named by its photo's file-name stem, the way its card named it.
    expect(() => selectProducts(temp.db, { productIds: [a, b] })).toThrow(expect.objectContaining({ code: 'not_found', message: '"b" is not in this library; refresh the product list and try again.' }));
  });
});
