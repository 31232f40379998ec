import type { Photo } from '../../shared/domain/product';
import { findOutputLanguage } from '../../shared/text/output-languages';
import type { Db } from '../db/open-database';
import { readProductVariants } from '../variants/read-variants';
import { colourOptionIndex, variantColours, type VariantColour } from './variant-colours';

/** Each variant's colour facts for the checks (empty for a product without variants), read from the database. */
export function readVariantColours(db: Db, productId: number, photos: readonly Photo[], language: string): VariantColour[] {
  const group = readProductVariants(db, productId);
  if (group.variants.length === 0) return [];
  return variantColours(group, photos, findOutputLanguage(language)?.code ?? 'en');
}

/** Whether the product has variants and one of its options is the colour (see colourOptionIndex). */
export function hasColourOption(db: Db, productId: number): boolean {
  const group = readProductVariants(db, productId);
  return group.variants.length > 0 && colourOptionIndex(group.optionNames, group.variants.map((v) => v.values)) >= 0;
}
