import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { putBackOwnerVersion } from '../../../electron/drafts/put-back-owner-version';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { setStatus } from '../../../electron/drafts/set-status';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
let id: number;
beforeEach(() => {
  temp = openTempDatabase();
  [id] = seedProducts(temp.db, [{}]) as [number];
});
afterEach(() => temp.cleanup());

describe('putBackOwnerVersion', () => {
  it('brings back the approved owner version a generation replaced, status included, as a new revision', () => {
    updateDraft(temp.db, id, { title: 'Speckled mug', description: 'Mine.', price: '18.00' }, { source: 'edit' });
    setStatus(temp.db, [id], 'approved');
    const rewritten = saveGeneratedDraft(temp.db, id, { title: 'Ceramic mug', description: 'Theirs.' }, [{ code: 'word_count', reason: 'Too short.' }]);
    expect(rewritten).toMatchObject({ status: 'flagged', revision: 2 });

    const back = putBackOwnerVersion(temp.db, id);
    expect(back).toMatchObject({ title: 'Speckled mug', description: 'Mine.', price: '18.00', status: 'approved', flags: [], revision: 3 });
    expect(getDraft(temp.db, id)).toEqual(back);
    const sources = temp.db.prepare('SELECT source FROM revisions WHERE product_id = ? ORDER BY revision').pluck().all(id);
    expect(sources).toEqual(['edit', 'generate', 'restore']);
  });

  it('refuses when the latest version is not the model\'s, or the model wrote the first one', () => {
    saveGeneratedDraft(temp.db, id, { title: 'First draft' }, []);
    expect(() => putBackOwnerVersion(temp.db, id)).toThrow('"First draft" had no text before the model wrote this draft');
    updateDraft(temp.db, id, { title: 'My title' }, { source: 'edit' });
    expect(() => putBackOwnerVersion(temp.db, id)).toThrow('The latest version of "My title" was not written by the model');
    expect(getDraft(temp.db, id).title).toBe('My title');
  });
});
