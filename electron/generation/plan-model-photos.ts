import type { Photo } from '../../shared/domain/product';
import { variantLabel } from '../../shared/domain/variant';
import { findOutputLanguage } from '../../shared/text/output-languages';
import type { Db } from '../db/open-database';
import { readProductVariants } from '../variants/read-variants';
import type { VariantPromptFacts } from './build-variant-prompt';
import { chooseModelPhotos, describeUnshownVariants } from './choose-model-photos';
import type { GenerationLog } from './generation-log';
import type { ListingProvider } from './providers/listing-provider';
import { colourOptionIndex, variantColours, type VariantColour } from './variant-colours';

export interface ModelPhotoPlan {
  /** The photos the request carries, in order. */
  chosen: Photo[];
  /** What the prompt says of the variants; undefined for a product without variants. */
  variants?: VariantPromptFacts;
  /** One option is the colour: the model's colour attribute is not kept. */
  colourOption: boolean;
  /** Each variant's colour facts, for checkVariantColours (empty without variants). */
  colours: VariantColour[];
}

/**
 * Reads the product's variants and plans what one listing request sends: for a product with
 * variants one photo of each, then the shared photos (chooseModelPhotos), the variant facts for the
 * prompt, and the variants' colours for the checks. Variants the model will not see are written
 * to the generation log by name.
 */
export function planModelPhotos(
  ctx: { db: Db; log?: GenerationLog; provider: ListingProvider },
  productId: number,
  photos: readonly Photo[],
  options: { maxImages: number; language: string },
): ModelPhotoPlan {
  const group = readProductVariants(ctx.db, productId);
  const choice = chooseModelPhotos(photos, group.variants, options.maxImages);
  if (group.variants.length === 0) return { chosen: choice.photos, colourOption: false, colours: [] };

  const unshown = describeUnshownVariants(choice, group.variants.map((v) => variantLabel(v.values)), options.maxImages);
  if (unshown) {
    const { kind, model } = ctx.provider.profile;
    ctx.log?.write({ productId, endpoint: kind, model, attempt: 0, outcome: 'variants_not_shown', ms: 0, detail: unshown });
  }
  const colourOption = colourOptionIndex(group.optionNames, group.variants.map((v) => v.values)) >= 0;
  return {
    chosen: choice.photos,
    variants: { optionNames: group.optionNames, variants: group.variants.map((v) => v.values), shown: choice.shown, colourOption },
    colourOption,
    colours: variantColours(group, photos, findOutputLanguage(options.language)?.code ?? 'en'),
  };
}
