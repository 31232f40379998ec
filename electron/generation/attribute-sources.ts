import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import type { AttributeSource, Draft } from '../../shared/domain/draft';
import { brandConfirmationKey } from '../../shared/text/claims/claim-key';
import { textNamesWord, wordsContainName } from '../../shared/text/claims/name-in-text';
import type { PhotoEvidence } from './photo-evidence';
import { checkColours, type PhotoColours } from './check-colours';

const MODEL_ATTRIBUTES = new Set(['category', 'color', 'material', 'brand']);

/**
 * Where each attribute's value comes from, for the editor and `drafts show`: measured from the
 * photo's pixels (colour), read by the app off the photos (OCR, barcode), seen by the model and
 * consistent with the checks, the owner's own (typed, imported or confirmed), unconfirmed (the
 * model said it and nothing backs it), or not visible (no value). The condition is the owner's or
 * unknown: the shop profile's default fills it at export. For a product with a colour option
 * (`colourOption`), the colour comes from the options: each variant's value is its colour, and
 * generation keeps no single colour for the group.
 */
export function attributeSources(
  draft: Pick<Draft, 'attributes' | 'observed' | 'confirmed' | 'flags'>,
  photos: readonly PhotoColours[],
  read: PhotoEvidence,
  colourOption = false,
): Record<string, AttributeSource> {
  const out: Record<string, AttributeSource> = {};
  const a = draft.attributes;
  const attributeFlags = draft.flags.filter((f) => f.field === 'attributes');
  const flaggedWord = (value: string) => attributeFlags.some((f) => f.words?.some((w) => textNamesWord(value, w)));
  for (const key of ['category', 'color', 'material', 'brand', 'condition']) if (!a[key]?.trim()) out[key] = 'not_visible';
  if (colourOption && !a.color?.trim()) out.color = 'options';
  for (const [key, raw] of Object.entries(a)) {
    const value = raw?.trim();
    if (!value) continue;
    // A barcode the app decoded off a photo is read, even when a catalog import also filled it.
    if (key === ATTRIBUTE_KEYS.barcode && read.gtins.includes(value)) out[key] = 'read';
    else if (!MODEL_ATTRIBUTES.has(key)) out[key] = 'owner';
    else if (key === 'brand') out[key] = brandSource(value, draft.confirmed, read);
    else if (wordsContainName(read.words, value)) out[key] = 'read';
    else if (key === 'color' && photos.some((p) => p.palette.length > 0)) {
      out[key] = checkColours({ title: '', description: '', tags: [], attributes: { color: value } }, photos, 'English').length === 0 ? 'measured' : 'unconfirmed';
    } else out[key] = seenSource(key, value, draft, flaggedWord(value));
  }
  return out;
}

function brandSource(brand: string, confirmed: readonly string[], read: PhotoEvidence): AttributeSource {
  if (wordsContainName(read.words, brand) || textNamesWord(read.text, brand)) return 'read';
  return confirmed.includes(brandConfirmationKey(brand)) ? 'owner' : 'unconfirmed';
}

/** A value the model's observation supports and no check contradicts; without an observation it is the owner's. */
function seenSource(key: string, value: string, draft: Pick<Draft, 'observed'>, flagged: boolean): AttributeSource {
  const seen = draft.observed;
  if (!seen) return 'owner';
  if (flagged) return 'unconfirmed';
  if (key === 'material') return seen.materials.some((m) => textNamesWord(value, m) || textNamesWord(m, value)) ? 'seen' : 'unconfirmed';
  if (key === 'color') return seen.colours.some((c) => textNamesWord(value, c) || textNamesWord(c, value)) ? 'seen' : 'unconfirmed';
  return 'seen';
}
