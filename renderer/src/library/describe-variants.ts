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
