import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
let id: number;
beforeEach(() => {
  temp = openTempDatabase();
  [id] = seedProducts(temp.db, [{ photos: ['bag.jpg'] }]) as [number];
});
afterEach(() => temp.cleanup());

function revisions(): { revision: number; source: string; snapshot: string }[] {
  return temp.db.prepare('SELECT revision, source, snapshot FROM revisions WHERE product_id = ? ORDER BY revision').all(id) as never;
}

describe('updateDraft', () => {
  it('saves the fields, bumps the revision and stores a full snapshot', () => {
    const saved = updateDraft(temp.db, id, { title: 'Leather tote', tags: ['bag', 'leather'] }, { source: 'edit' });
    expect(saved).toMatchObject({ title: 'Leather tote', tags: ['bag', 'leather'], description: '', revision: 1 });
    expect(getDraft(temp.db, id)).toEqual(saved);
    const [rev] = revisions();
    expect(rev).toMatchObject({ revision: 1, source: 'edit' });
    expect(JSON.parse(rev!.snapshot)).toEqual({
      title: 'Leather tote',
      description: '',
      tags: ['bag', 'leather'],
      attributes: {},
      price: null,
      // The photo's file-name stem, given when the draft was first read.
      sku: 'bag',
      status: 'draft',
      flags: [],
      observed: null,
      confirmed: [],
    });
  });

  it('turns a new draft into a draft on the first edit, and leaves other statuses alone', () => {
    expect(updateDraft(temp.db, id, { title: 'a' }, { source: 'edit' }).status).toBe('draft');
    temp.db.prepare("UPDATE drafts SET status = 'approved' WHERE product_id = ?").run(id);
    expect(updateDraft(temp.db, id, { title: 'b' }, { source: 'edit' }).status).toBe('approved');
  });

  it('keeps fields the caller left out', () => {
    updateDraft(temp.db, id, { title: 'Tote', price: '15.00', sku: 'T-1' }, { source: 'edit' });
    const saved = updateDraft(temp.db, id, { description: 'Roomy.' }, { source: 'edit' });
    expect(saved).toMatchObject({ title: 'Tote', price: '15.00', sku: 'T-1', description: 'Roomy.', revision: 2 });
  });

  it('accepts a save based on the current revision and refuses a stale one with conflict', () => {
    updateDraft(temp.db, id, { title: 'one' }, { baseRevision: 0, source: 'edit' });
    updateDraft(temp.db, id, { title: 'two' }, { baseRevision: 1, source: 'edit' });
    expect(() => updateDraft(temp.db, id, { title: 'stale' }, { baseRevision: 1, source: 'edit' })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/^The draft of "two" was saved elsewhere \(it is at revision 2.*started from 1.*Reload/) }),
    );
    expect(getDraft(temp.db, id)).toMatchObject({ title: 'two', revision: 2 });
    expect(revisions()).toHaveLength(2);
  });

  it('does not add a revision when nothing changed', () => {
    updateDraft(temp.db, id, { title: 'Tote' }, { source: 'edit' });
    const again = updateDraft(temp.db, id, { title: 'Tote' }, { baseRevision: 1, source: 'edit' });
    expect(again.revision).toBe(1);
    expect(revisions()).toHaveLength(1);
  });

  it('says not_found for a product that does not exist', () => {
    expect(() => updateDraft(temp.db, 999, { title: 'x' }, { source: 'edit' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('leaves the draft and its revisions unchanged when the save fails half-way', () => {
    updateDraft(temp.db, id, { title: 'Safe title' }, { source: 'edit' });
    const before = getDraft(temp.db, id);
    // A stray revision 2 makes the next save's snapshot insert fail after its drafts UPDATE ran.
    temp.db.prepare("INSERT INTO revisions (product_id, revision, snapshot, source, created_at) VALUES (?, 2, '{}', 'import', 'x')").run(id);
    const revisionsBefore = revisions();

    expect(() => updateDraft(temp.db, id, { title: 'Lost title' }, { source: 'edit' })).toThrow(/UNIQUE constraint failed/);

    expect(getDraft(temp.db, id)).toEqual(before);
    expect(revisions()).toEqual(revisionsBefore);
    expect(temp.db.inTransaction).toBe(false);
  });
});
