import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { listRevisions } from '../../../electron/drafts/list-revisions';
import { restoreRevision } from '../../../electron/drafts/restore-revision';
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

describe('restoreRevision', () => {
  it('brings back the old text as a new revision with source restore', () => {
    updateDraft(temp.db, id, { title: 'Old', description: 'Old words.', tags: ['a'], price: '9.50' }, { source: 'edit' });
    updateDraft(temp.db, id, { title: 'New', description: 'New words.', tags: ['b'], price: '12.00' }, { source: 'edit' });
    const restored = restoreRevision(temp.db, id, 1);
    expect(restored).toMatchObject({ title: 'Old', description: 'Old words.', tags: ['a'], price: '9.50', revision: 3 });
    expect(getDraft(temp.db, id)).toEqual(restored);
    expect(listRevisions(temp.db, id)[0]).toMatchObject({ revision: 3, source: 'restore', title: 'Old' });
  });

  it('keeps the current status: restoring text does not un-approve', () => {
    updateDraft(temp.db, id, { title: 'Old' }, { source: 'edit' });
    updateDraft(temp.db, id, { title: 'New' }, { source: 'edit' });
    setStatus(temp.db, [id], 'approved');
    expect(restoreRevision(temp.db, id, 1).status).toBe('approved');
  });

  it('says not_found for a revision that does not exist, and saves nothing', () => {
    updateDraft(temp.db, id, { title: 'Only' }, { source: 'edit' });
    expect(() => restoreRevision(temp.db, id, 7)).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining('no revision 7') }));
    expect(getDraft(temp.db, id)).toMatchObject({ title: 'Only', revision: 1 });
  });
});
