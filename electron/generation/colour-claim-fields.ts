import type { Attributes, ListingField } from '../../shared/domain/draft';

/** A key or option name that means "colour" in the listing languages (color, Farbe, couleur, kleur, färg, kolor). */
export const COLOUR_NAME = /colou?r|farbe|couleur|kleur|färg|kolor/iu;

/** The copy a colour claim can stand in: each field, with the colour attributes (any language's key). */
export function colourFieldTexts(listing: { title: string; description: string; tags: readonly string[]; attributes: Attributes }): [ListingField, string][] {
  const colourAttributes = Object.entries(listing.attributes)
    .filter(([key]) => COLOUR_NAME.test(key))
    .map(([, value]) => value ?? '');
  return [
    ['title', listing.title],
    ['description', listing.description],
    ['tags', listing.tags.join('\n')],
    ['attributes', colourAttributes.join('\n')],
  ];
}

/** "red", "red and blue", "red, blue and green": words listed as a sentence says them. */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
