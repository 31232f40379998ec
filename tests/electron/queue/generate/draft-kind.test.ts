import { describe, expect, it } from 'vitest';
import { kindOfDraft } from '../../../../electron/queue/generate/draft-kind';

describe('kindOfDraft', () => {
  it('a product without text is new', () => {
    expect(kindOfDraft({ status: null, latestSource: null })).toBe('new');
    expect(kindOfDraft({ status: 'new', latestSource: null })).toBe('new');
  });

  it('the model\'s untouched draft is a model draft, flagged or not', () => {
    expect(kindOfDraft({ status: 'draft', latestSource: 'generate' })).toBe('drafts');
    expect(kindOfDraft({ status: 'flagged', latestSource: 'generate' })).toBe('drafts');
  });

  it('text the owner saved, restored or imported is theirs', () => {
    for (const source of ['edit', 'restore', 'import']) expect(kindOfDraft({ status: 'flagged', latestSource: source })).toBe('edited');
  });

  it('approval and export win over who wrote the text', () => {
    expect(kindOfDraft({ status: 'approved', latestSource: 'generate' })).toBe('approved');
    expect(kindOfDraft({ status: 'exported', latestSource: 'edit' })).toBe('approved');
  });
});
