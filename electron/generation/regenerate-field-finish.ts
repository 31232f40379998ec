import type { Attributes, DraftFlag } from '../../shared/domain/draft';
import { CONDITIONS, type Condition, type ListingLimits, type ListingOutput } from '../../shared/domain/listing-output';
import { checkColours, type PhotoColours } from './check-colours';
import { checkEvidence, type EvidenceContext } from './check-evidence';
import { checkReadable } from './check-readable';
import { checkVariantColours } from './check-variant-colours';
import type { VariantColour } from './variant-colours';
import { fitListingToLimits, toDraftFields, wordCountFlag } from './finish-listing';
import type { ListingText, RegenerableField } from './regenerate-field-prompt';
import type { FieldReply } from './regenerate-field-request';

/** The attributes a whole generation writes; any other key came from a person or a catalog and stays. */
const MODEL_ATTRIBUTES = new Set(['category', 'color', 'material', 'brand', 'condition']);

/** Which flags describe which field: only these are recomputed when that field is rewritten. */
const EVIDENCE_FLAGS = ['observed_mismatch', 'unverified_claim'];
const FIELD_FLAGS: Record<RegenerableField, readonly string[]> = {
  title: ['colour_mismatch', 'variant_colour', 'unreadable', ...EVIDENCE_FLAGS],
  description: ['word_count', 'colour_mismatch', 'variant_colour', 'unreadable', ...EVIDENCE_FLAGS],
  tags: ['colour_mismatch', 'variant_colour', 'unreadable', ...EVIDENCE_FLAGS],
  attributes: ['colour_mismatch', 'variant_colour', 'unreadable', ...EVIDENCE_FLAGS],
};

/**
 * The saved listing in the shape of a model reply, so the whole listing's fitting, word budget
 * and checks apply to one new field. Its "observed" facts are what the listing already states.
 */
export function toListingOutput(current: ListingText): ListingOutput {
  const a = current.attributes;
  return {
    observed: { object: current.title, colours: present(a.color), materials: present(a.material), visibleText: present(a.brand) },
    title: current.title,
    description: current.description,
    tags: current.tags,
    attributes: { category: a.category ?? '', color: a.color ?? '', material: a.material ?? '', brand: a.brand ?? null, condition: toCondition(a.condition) },
    uncertain: [],
  };
}

/**
 * The new field held to the platform's limits the way a whole listing is. Without the model's own
 * list of what it read off the photos, a new brand stays only when the listing's text already
 * names it; attributes the model never writes are kept.
 */
export function fitRegeneratedField(current: ListingText, field: RegenerableField, reply: FieldReply, limits: ListingLimits): Partial<ListingText> {
  const base = toListingOutput(current);
  const named = [current.title, current.description, ...current.tags, current.attributes.brand ?? ''];
  const listing: ListingOutput = { ...base, ...reply, observed: { ...base.observed, visibleText: named } };
  const fitted = toDraftFields(fitListingToLimits(listing, limits));
  if (field !== 'attributes') return { [field]: fitted[field] };
  return { attributes: keepOwnerAttributes(current.attributes, fitted.attributes) };
}

/**
 * The draft's flags with those of `field` recomputed on the new text; every other flag as it was.
 * `variants` are the product's variants' colours (none for a product without variants).
 */
export function refreshFieldFlags(
  flags: readonly DraftFlag[],
  field: RegenerableField,
  next: ListingText,
  limits: ListingLimits,
  photos: readonly PhotoColours[],
  language: string,
  evidence: EvidenceContext & { sku: string | null },
  variants: readonly VariantColour[] = [],
): DraftFlag[] {
  const own = FIELD_FLAGS[field];
  const fresh = [
    ...checkReadable(next, language).filter((f) => f.field === field),
    own.includes('word_count') ? wordCountFlag(next.description, limits.wordTarget) : undefined,
    ...(own.includes('colour_mismatch') ? checkColours(next, photos, language).filter((f) => f.field === field) : []),
    ...checkVariantColours(next, variants, language).filter((f) => f.field === field),
    ...checkEvidence({ ...next, sku: evidence.sku }, evidence).filter((f) => f.field === field),
  ];
  // Flags that name their field are this field's only when they name it; older flags name none.
  // The observation's own mismatch with the photos names no field and no edit changes it.
  const kept = flags.filter((f) => !own.includes(f.code) || (f.field !== undefined && f.field !== field) || (f.field === undefined && EVIDENCE_FLAGS.includes(f.code)));
  return [...kept, ...fresh.filter((f): f is DraftFlag => f !== undefined)];
}

/**
 * The model's attributes over the ones a person or a catalog set, which it never replaces; a
 * condition the model did not see stays as the draft had it, since a condition is never guessed.
 */
export function keepOwnerAttributes(current: Attributes, written: Attributes): Attributes {
  const kept = current.condition && !written.condition ? { condition: current.condition } : {};
  return { ...personAttributes(current), ...kept, ...written };
}

function personAttributes(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => !MODEL_ATTRIBUTES.has(key)));
}

function present(value: string | undefined): string[] {
  return value ? [value] : [];
}

function toCondition(value: string | undefined): Condition | null {
  return (CONDITIONS as readonly string[]).includes(value ?? '') ? (value as Condition) : null;
}
