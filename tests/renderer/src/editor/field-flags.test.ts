import { describe, expect, it } from 'vitest';
import { approvalQuestion, flagsByPlace } from '../../../../renderer/src/editor/field-flags';

const colour = { code: 'colour_mismatch', field: 'title' as const, words: ['blue'], reason: 'The title says blue, but the product in the photos looks red.' };
const words = { code: 'word_count', reason: 'Description has 12 words; the target is 45-55.' };
const doubt = { code: 'uncertain', reason: 'The model was unsure about: material.' };

describe('flagsByPlace', () => {
  it('puts each flag under its field, the word count under the description, the rest in general', () => {
    expect(flagsByPlace([colour, words, doubt])).toEqual({ title: [colour], description: [words], tags: [], attributes: [], general: [doubt] });
  });
});

describe('approvalQuestion', () => {
  it('asks once, naming how many flags and where', () => {
    expect(approvalQuestion([colour, words, doubt])).toBe('This draft still has 3 flags (title, description). Approve it anyway?');
    expect(approvalQuestion([doubt])).toBe('This draft still has a flag. Approve it anyway?');
  });

  it('asks nothing of a draft without flags', () => {
    expect(approvalQuestion([])).toBeNull();
  });
});
