import type { Attributes, DraftFlag, ListingField } from '../../shared/domain/draft';
import { brandConfirmationKey, claimConfirmationKey } from '../../shared/text/claims/claim-key';
import { findFactClaims, textBacksClaim } from '../../shared/text/claims/find-fact-claims';
import { textNamesWord, wordsContainName } from '../../shared/text/claims/name-in-text';

export interface ClaimCheckInput {
  title: string;
  description: string;
  tags: readonly string[];
  attributes: Attributes;
}

/** What can back a claim: the app's own reading of the photos, the owner's typing and confirmations. */
export interface ClaimEvidence {
  /** OCR text and its words (electron/evidence/read-evidence.ts). */
  readText: string;
  readWords: readonly string[];
  /** Text the owner typed that is not the model's: SKU, catalog attributes (vendor, size…). */
  ownerText: string;
  /** Keys from shared/text/claims/claim-key.ts. */
  confirmed: readonly string[];
  /** Brands the model named, its own attribute even when the app dropped it, so a title still naming it is caught. */
  brands: readonly string[];
}

/** The attributes the model writes; the others are the owner's (or a catalog's) and count as evidence instead. */
const MODEL_ATTRIBUTES = ['category', 'color', 'material', 'brand'] as const;

/**
 * One `unverified_claim` flag per field whose copy states something no one has shown: a brand
 * the app's OCR did not read (whole word) and the owner did not type or confirm, or a size,
 * percentage, origin or care promise that is neither in the read text nor in the owner's fields.
 */
export function checkClaims(listing: ClaimCheckInput, evidence: ClaimEvidence): DraftFlag[] {
  const confirmed = new Set(evidence.confirmed);
  const brands = [...new Set([...evidence.brands, listing.attributes.brand ?? ''].map((b) => b.trim()).filter(Boolean))];
  const unbackedBrands = brands.filter(
    (b) => !wordsContainName(evidence.readWords, b) && !textNamesWord(evidence.readText, b) && !textNamesWord(evidence.ownerText, b) && !confirmed.has(brandConfirmationKey(b)),
  );
  const flags: DraftFlag[] = [];
  for (const [field, text] of fieldTexts(listing)) {
    const brandWords = unbackedBrands.filter((b) => textNamesWord(text, b));
    const facts = findFactClaims(text).filter(
      (c) => !textBacksClaim(evidence.readText, c) && !textBacksClaim(evidence.ownerText, c) && !confirmed.has(claimConfirmationKey(c.words)),
    );
    if (brandWords.length === 0 && facts.length === 0) continue;
    const parts = [
      ...brandWords.map((b) => `the brand ${b}, which no text read off the photos shows`),
      ...facts.map((c) => `"${c.words}" (${KIND_NOTE[c.kind]})`),
    ];
    const label = field === 'tags' || field === 'attributes' ? `The ${field} state` : `The ${field} states`;
    flags.push({
      code: 'unverified_claim',
      field,
      words: [...brandWords, ...facts.map((c) => c.words)].slice(0, 20),
      reason: clip(`${label} ${joinParts(parts)}. Confirm ${parts.length === 1 ? 'it' : 'them'} if true, or take ${parts.length === 1 ? 'it' : 'them'} out.`),
    });
  }
  return flags;
}

const KIND_NOTE = {
  measure: 'a size or amount not read off the product or in your fields',
  percent: 'a percentage not read off the product or in your fields',
  origin: 'an origin not read off the product or in your fields',
  care: 'a care or safety promise not read off the product or in your fields',
} as const;

function fieldTexts(listing: ClaimCheckInput): [ListingField, string][] {
  const written = MODEL_ATTRIBUTES.map((key) => listing.attributes[key] ?? '').filter(Boolean);
  return [
    ['title', listing.title],
    ['description', listing.description],
    ['tags', listing.tags.join('\n')],
    ['attributes', written.join('\n')],
  ];
}

/** The owner's own text in a draft: SKU and every attribute the model does not write. */
export function ownerTextOf(draft: { sku: string | null; attributes: Attributes }): string {
  const own = Object.entries(draft.attributes)
    .filter(([key]) => !(MODEL_ATTRIBUTES as readonly string[]).includes(key) && key !== 'condition')
    .map(([, value]) => value ?? '');
  return [draft.sku ?? '', ...own].join('\n');
}

function joinParts(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function clip(reason: string): string {
  return reason.length <= 500 ? reason : `${reason.slice(0, 499)}…`;
}
