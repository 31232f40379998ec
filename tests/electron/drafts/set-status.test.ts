import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { setStatus } from '../../../electron/drafts/set-status';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('setStatus', () => {
  it('sets many drafts at once, creating missing draft rows, without adding revisions', () => {
    const ids = seedProducts(temp.db, [{ title: 'A' }, {}, { title: 'C', status: 'flagged' }]);
    const result = setStatus(temp.db, ids, 'approved');
    expect(result).toEqual({ updated: 3, missing: [] });
    expect(ids.map((id) => getDraft(temp.db, id).status)).toEqual(['approved', 'approved', 'approved']);
    expect(getDraft(temp.db, ids[0]!).title).toBe('A');
    expect(temp.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('reports ids that are not products and still updates the rest', () => {
    const [a] = seedProducts(temp.db, [{ title: 'A' }]) as [number];
    expect(setStatus(temp.db, [a, 777, 777], 'approved')).toEqual({ updated: 1, missing: [777] });
    expect(getDraft(temp.db, a).status).toBe('approved');
  });

  it('counts only drafts whose status changed, and a repeated id once', () => {
    const [a, b] = seedProducts(temp.db, [{ status: 'approved' }, { status: 'draft' }]) as [number, number];
    expect(setStatus(temp.db, [a, b, b], 'approved')).toEqual({ updated: 1, missing: [] });
  });
});
