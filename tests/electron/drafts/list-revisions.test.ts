import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRevisions } from '../../../electron/drafts/list-revisions';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('listRevisions', () => {
  it('lists revisions newest first, with source and title, for that product only', () => {
    const [a, b] = seedProducts(temp.db, [{}, {}]) as [number, number];
    updateDraft(temp.db, a, { title: 'First' }, { source: 'edit' });
    updateDraft(temp.db, a, { title: 'Second' }, { source: 'import' });
    updateDraft(temp.db, b, { title: 'Other' }, { source: 'edit' });
    const list = listRevisions(temp.db, a);
    expect(list.map(({ revision, source, title }) => ({ revision, source, title }))).toEqual([
      { revision: 2, source: 'import', title: 'Second' },
      { revision: 1, source: 'edit', title: 'First' },
    ]);
    expect(list[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('returns an empty list for a product never saved, and not_found for an unknown one', () => {
    const [id] = seedProducts(temp.db, [{}]) as [number];
    expect(listRevisions(temp.db, id)).toEqual([]);
    expect(() => listRevisions(temp.db, 31337)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
