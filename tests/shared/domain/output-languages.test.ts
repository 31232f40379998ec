import { describe, expect, it } from 'vitest';
import { findOutputLanguage } from '../../../shared/text/output-languages';

describe('findOutputLanguage', () => {
  it.each([
    ['English', 'en'],
    ['Deutsch', 'de'],
    [' français ', 'fr'],
    ['pt_BR', 'pt'],
    ['日本語', 'ja'],
    ['Simplified Chinese', 'zh'],
  ])('knows %s as %s', (option, code) => {
    expect(findOutputLanguage(option)?.code).toBe(code);
  });

  it('knows nothing of a language it has no checks for', () => {
    expect(findOutputLanguage('Klingon')).toBeUndefined();
  });
});
