import type { AttributeSource, DraftFlag, ObservedFacts } from '../../../shared/domain/draft';

const SOURCE_LABELS: Record<AttributeSource, string> = {
  measured: 'Measured from the photo',
  read: 'Read off the photo',
  seen: 'Seen by the model',
  owner: 'Yours',
  unconfirmed: 'Unconfirmed: check it',
  not_visible: 'Not visible',
  options: "Each variant's own option value",
};

const ATTRIBUTE_LABELS: Record<string, string> = { category: 'Category', color: 'Colour', material: 'Material', brand: 'Brand', condition: 'Condition' };

/** One line per attribute, standard ones first, for "Where each attribute comes from". */
export function describeSources(sources: Readonly<Record<string, AttributeSource>>): { key: string; label: string; source: string; unconfirmed: boolean }[] {
  const order = Object.keys(ATTRIBUTE_LABELS);
  const keys = Object.keys(sources).sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return keys.map((key) => {
    const source = sources[key]!;
    const label = ATTRIBUTE_LABELS[key] ?? key;
    // The condition is never the model's: without the owner's it is the shop profile's default.
    const words = key === 'condition' && source === 'not_visible' ? 'Not set: the shop default applies' : SOURCE_LABELS[source];
    return { key, label, source: words, unconfirmed: source === 'unconfirmed' };
  });
}

/** The model's observation as short lines; null facts and empty lists say so rather than vanish. */
export function describeObserved(observed: ObservedFacts | null): string[] {
  if (!observed) return ['Not recorded: no model has written this draft since observations were kept.'];
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');
  return [
    `Object: ${observed.object ?? 'not stated'}`,
    `Colours: ${list(observed.colours)}`,
    `Materials: ${list(observed.materials)}`,
    `Text on the product: ${observed.visibleText.length > 0 ? observed.visibleText.map((t) => `“${t}”`).join(', ') : 'none'}`,
    ...(observed.claimedBrand ? [`Brand it named: ${observed.claimedBrand}`] : []),
  ];
}

/** The words the owner can vouch for on a flag: only claims nothing backs can be confirmed. */
export function confirmableWords(flag: DraftFlag): string[] {
  return flag.code === 'unverified_claim' ? (flag.words ?? []) : [];
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
