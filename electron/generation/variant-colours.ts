import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import type { ProductVariants } from '../../shared/domain/variant';
import type { ColourFamily } from '../../shared/text/colour/colour-families';
import { findColourClaims } from '../../shared/text/colour/find-colour-claims';
import type { LanguageCode } from '../../shared/text/output-languages';
import type { PhotoColours } from './check-colours';
import { COLOUR_NAME } from './colour-claim-fields';

/** What the checks know of one variant's colour: its colour option value, and its own photos' measured colours. */
export interface VariantColour {
  /** The variant's value of the colour option ("Red"), or null without one. */
  value: string | null;
  /** The families that value may be called ("Navy" → blue); empty when the value is no colour word ("Natural"). */
  named: readonly ColourFamily[];
  /** The palettes of the variant's own photos. */
  photos: readonly PhotoColours[];
}

/**
 * Which option is the colour, or -1: the one named so (Color, Colour, Farbe…), else one whose
 * values are all colour names and not all the same ("Style: Red, Blue" from a product file).
 */
export function colourOptionIndex(optionNames: readonly string[], variants: readonly (readonly string[])[]): number {
  const named = optionNames.findIndex((name) => COLOUR_NAME.test(name));
  if (named >= 0) return named;
  return optionNames.findIndex((_, i) => {
    const values = variants.map((v) => v[i]?.trim() ?? '').filter(Boolean);
    return values.length >= 2 && new Set(values.map((v) => v.toLowerCase())).size >= 2 && values.every((v) => findColourClaims(v, 'en').length > 0);
  });
}

/**
 * Each variant's colour facts, from its option value and its own photos. An option value is read
 * as English (the words file names and measured proposals use) and in the listing's language
 * (what the owner may have typed).
 */
export function variantColours(product: Pick<ProductVariants, 'optionNames' | 'variants'>, photos: readonly { id: number; palette: readonly PaletteEntry[]; paletteScene: PhotoScene | null }[], code: LanguageCode): VariantColour[] {
  const index = colourOptionIndex(product.optionNames, product.variants.map((v) => v.values));
  const byId = new Map(photos.map((p) => [p.id, p]));
  return product.variants.map((variant) => {
    const value = index >= 0 ? variant.values[index]?.trim() || null : null;
    const families = value ? [...findColourClaims(value, 'en'), ...(code === 'en' ? [] : findColourClaims(value, code))].flatMap((c) => c.families) : [];
    const own = variant.photoIds.map((id) => byId.get(id)).filter((p) => p !== undefined);
    return { value, named: [...new Set(families)], photos: own.map((p) => ({ palette: p.palette, scene: p.paletteScene })) };
  });
}
