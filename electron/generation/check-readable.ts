import type { Attributes, DraftFlag, ListingField } from '../../shared/domain/draft';
import { findOutputLanguage } from '../../shared/text/output-languages';
import { judgeReadable } from '../../shared/text/readable/judge-readable';

export interface ReadableCheckInput {
  title: string;
  description: string;
  tags: readonly string[];
  attributes: Attributes;
}

/** What a person reads of each field; the condition is a fixed word and says nothing of the copy. */
function fieldTexts(listing: ReadableCheckInput): [ListingField, string][] {
  const { condition: _condition, ...written } = listing.attributes;
  return [
    ['title', listing.title],
    ['description', listing.description],
    ['tags', listing.tags.join(', ')],
    ['attributes', Object.values(written).filter((v): v is string => typeof v === 'string').join('. ')],
  ];
}

/**
 * One `unreadable` flag per field whose text does not read as language in the listing's output
 * language (a broken or wrong-language model answer), naming the field and why.
 */
export function checkReadable(listing: ReadableCheckInput, languageOption: string): DraftFlag[] {
  const language = findOutputLanguage(languageOption);
  const flags: DraftFlag[] = [];
  for (const [field, text] of fieldTexts(listing)) {
    const verdict = judgeReadable(text, language);
    if (verdict.readable) continue;
    const label = field === 'tags' || field === 'attributes' ? `The ${field} do` : `The ${field} does`;
    flags.push({
      code: 'unreadable',
      field,
      reason: `${label} not read as ${language?.name ?? 'text'}: ${verdict.why}. Regenerate or rewrite ${field === 'tags' || field === 'attributes' ? 'them' : 'it'}.`,
    });
  }
  return flags;
}
