import type { MergePlanEntry } from '../../../shared/domain/merge-plan';
import type { ProductVariants } from '../../../shared/domain/variant';

/** "3 variants" on a card; nothing for a product without variants. */
export function describeVariantCount(count: number): string | null {
  if (count <= 0) return null;
  return `${count} variant${count === 1 ? '' : 's'}`;
}

/**
 * What "Make variants of one product" did, in words: "Made 3 variants of Cotton tee (Color: Red,
 * Blue, Green; the colours were measured from the photos)." Empty values are pointed out, since
 * the editor is where they get filled in.
 */
export function describeMadeVariants(name: string, made: ProductVariants): string {
  const n = made.variants.length;
  const options = made.optionNames.join(' / ');
  const values = made.variants.map((v) => made.optionNames.map((_, i) => v.values[i]?.trim() || '(empty)').join(' / ')).join(', ');
  const lead = `Made ${n} variant${n === 1 ? '' : 's'} of ${name}`;
  const detail = options ? `${options}: ${values}` : 'no options yet';
  const sources = made.variants.flatMap((v) => v.valueSources);
  const notes: string[] = [];
  if (sources.includes('measured')) notes.push(sources.every((s) => s === 'measured') ? 'the colours were measured from the photos' : 'some colours were measured from the photos');
  if (made.optionNames.length === 0 || made.variants.some((v) => made.optionNames.some((_, i) => !v.values[i]?.trim()))) notes.push('fill in the option values in the editor');
  return `${lead} (${detail}${notes.length ? `; ${notes.join('; ')}` : ''}).`;
}

/**
 * What becomes of one product's listing when the products become variants of the first: making
 * variants is a merge underneath, so the merge plan says it (the first entry is the product).
 */
export function describeListingFate(entry: MergePlanEntry, plan: readonly MergePlanEntry[]): string {
  switch (entry.outcome) {
    case 'stays-current':
      return 'its listing becomes the shared listing';
    case 'becomes-current':
      return 'its listing becomes the shared listing (the first one is empty)';
    case 'kept-in-history':
      return "its listing is kept in the product's History";
    case 'nothing-to-keep':
      return entry === plan[0] && plan.some((e) => e.outcome === 'becomes-current') ? 'its empty listing is replaced by the one below' : 'no listing written yet';
  }
}
