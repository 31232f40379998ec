import { claimKey } from './find-fact-claims';

/**
 * The keys a draft's `confirmed` list holds: what the owner vouched for. A brand by its name, a
 * fact by its normalised words, so "12 oz" and "12oz" are one confirmation.
 */
export function brandConfirmationKey(brand: string): string {
  return `brand:${brand.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

export function claimConfirmationKey(words: string): string {
  return `claim:${claimKey(words)}`;
}
