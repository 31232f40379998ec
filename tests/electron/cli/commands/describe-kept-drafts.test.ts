import { describe, expect, it } from 'vitest';
import { describeKeptDrafts } from '../../../../electron/cli/commands/describe-kept-drafts';

const none = { new: 0, drafts: 0, edited: 0, approved: 0 };

describe('describeKeptDrafts', () => {
  it('is silent when generate --all keeps nothing', () => {
    expect(describeKeptDrafts({ write: 4, counts: { ...none, new: 4 }, failed: 0, kept: none })).toBeNull();
  });

  it('names each kind kept and the flag that rewrites them', () => {
    const plan = { write: 4, counts: { new: 4, drafts: 3, edited: 1, approved: 2 }, failed: 0, kept: { new: 0, drafts: 3, edited: 1, approved: 2 } };
    expect(describeKeptDrafts(plan)).toBe(
      'Writing 4 products; keeping 3 model drafts, 1 draft you edited and 2 approved drafts as they are (add --rewrite drafts,edited,approved to rewrite them).',
    );
  });
});
