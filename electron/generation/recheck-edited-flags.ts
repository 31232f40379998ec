import type { Draft, DraftFields, DraftFlag } from '../../shared/domain/draft';
import type { GenerationOptions } from '../../shared/domain/generation-options';
import { listingLimitsFor } from '../../shared/domain/listing-output';
import type { Db } from '../db/open-database';
import { getPhotos } from '../products/get-photos';
import { checkColours } from './check-colours';
import { evidenceContextFor } from './evidence-context';
import { readVariantColours } from './read-variant-colours';
import { refreshFieldFlags } from './regenerate-field-finish';
import type { RegenerableField } from './regenerate-field-prompt';

const CHECKED_FIELDS: readonly RegenerableField[] = ['title', 'description', 'tags', 'attributes'];

/**
 * The flags of a draft after a person's edit: the checks of each edited field (readable text,
 * colours, one variant's colour named as the product's, the description's word count) are run again on the new text, so a fixed colour word
 * clears its flag and a new wrong one raises one; flags of untouched fields stay as they were.
 * The evidence checks (claims nothing backs, copy against the model's observation) are redone the
 * same way; an edit of the SKU or the owner's own attributes can back a claim in any field, so
 * then every field's evidence flags are redone.
 */
export function recheckEditedFlags(db: Db, productId: number, options: GenerationOptions) {
  return (current: Draft, next: DraftFields): DraftFlag[] => {
    const changed = CHECKED_FIELDS.filter((field) => JSON.stringify(current[field]) !== JSON.stringify(next[field]));
    const ownerFactsChanged = current.sku !== next.sku || changed.includes('attributes');
    const edited = ownerFactsChanged ? CHECKED_FIELDS : changed;
    if (edited.length === 0) return current.flags;
    const evidence = { ...evidenceContextFor(db, current, options.language), sku: next.sku };
    const productPhotos = getPhotos(db, productId);
    const photos = productPhotos.map((p) => ({ palette: p.palette, scene: p.paletteScene }));
    const variants = readVariantColours(db, productId, productPhotos, options.language);
    const limits = listingLimitsFor(options.platform, options.wordTarget);
    const text = { title: next.title, description: next.description, tags: next.tags, attributes: next.attributes };
    // A colour flag saved before flags named their field belongs to no field: an edit redoes it.
    let flags = current.flags.filter((f) => !(f.code === 'colour_mismatch' && f.field === undefined));
    const hadOldColourFlag = flags.length < current.flags.length;
    for (const field of edited) flags = refreshFieldFlags(flags, field, text, limits, photos, options.language, evidence, variants);
    if (hadOldColourFlag) flags.push(...checkColours(text, photos, options.language).filter((f) => !edited.includes(f.field as RegenerableField)));
    return flags;
  };
}
