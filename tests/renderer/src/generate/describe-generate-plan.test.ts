import { describe, expect, it } from 'vitest';
import { countToWrite, describePlanCounts, describeRewriteChoice, keptKinds, needsConfirmation } from '../../../../renderer/src/generate/describe-generate-plan';

const plan = { write: 4, counts: { new: 4, drafts: 3, edited: 1, approved: 2 }, failed: 0, kept: { new: 0, drafts: 3, edited: 1, approved: 2 } };

describe('describe-generate-plan', () => {
  it('asks only when some existing drafts would be left alone', () => {
    expect(needsConfirmation(plan)).toBe(true);
    expect(needsConfirmation({ ...plan, kept: { new: 0, drafts: 0, edited: 0, approved: 0 } })).toBe(false);
    expect(keptKinds({ ...plan, kept: { new: 0, drafts: 0, edited: 1, approved: 0 } })).toEqual(['edited']);
  });

  it('counts what would be written with the ticked kinds', () => {
    expect(countToWrite(plan, [])).toBe(4);
    expect(countToWrite(plan, ['approved'])).toBe(6);
    expect(countToWrite(plan, ['drafts', 'edited', 'approved'])).toBe(10);
  });

  it('says the counts by kind and each choice in the owner\'s words', () => {
    expect(describePlanCounts(plan)).toBe('4 to write, 3 model drafts you have not changed, 1 draft you edited, 2 approved drafts');
    expect(describePlanCounts({ ...plan, failed: 1 })).toMatch(/^4 to write \(1 failed last time\), /);
    expect(describeRewriteChoice(plan, 'approved')).toBe('Rewrite the 2 approved drafts too');
    expect(describeRewriteChoice(plan, 'edited')).toBe('Rewrite the 1 draft you edited too');
  });
});
