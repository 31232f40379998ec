import type { Values } from './cli-options';
import { usage } from './cli-usage';

// `variants ID [--make IDs | --split VARIANT | --rejoin SPLIT | --undo-make MERGE]`.

export const VARIANTS_FLAGS = ['make', 'split', 'rejoin', 'undo-make'] as const;

export type VariantsCommand =
  | { name: 'variants'; action: 'show'; productId: number }
  | { name: 'variants'; action: 'make'; productId: number; others: number[] }
  | { name: 'variants'; action: 'split'; productId: number; variantId: number }
  | { name: 'variants'; action: 'rejoin'; productId: number; splitId: number }
  | { name: 'variants'; action: 'undo-make'; productId: number; mergeId: number };

export function readVariantsCommand(rest: string[], v: Values): VariantsCommand {
  const [id, ...extra] = rest;
  if (id === undefined) throw usage('variants needs a product ID, e.g. listing-studio variants 12 (add --make 13,14 to make those its variants).');
  if (extra.length > 0) throw usage(`variants takes one product ID (got "${extra[0]}" too); list the others with --make, e.g. --make ${extra.join(',')}.`);
  const productId = wholeNumber('Product IDs', id);
  const given = VARIANTS_FLAGS.filter((f) => v[f] !== undefined);
  if (given.length > 1) throw usage(`variants takes one of --${given.join(', --')} at a time.`);
  switch (given[0]) {
    case undefined:
      return { name: 'variants', action: 'show', productId };
    case 'make': {
      const others = v.make!.flatMap((text) => text.split(',')).map((part) => wholeNumber('--make takes product IDs, which are', part.trim()));
      return { name: 'variants', action: 'make', productId, others };
    }
    case 'split':
      return { name: 'variants', action: 'split', productId, variantId: wholeNumber('--split takes a variant ID (see listing-studio variants ID); variant IDs are', v.split!) };
    case 'rejoin':
      return { name: 'variants', action: 'rejoin', productId, splitId: wholeNumber('--rejoin takes the number a split printed; it is', v.rejoin!) };
    case 'undo-make':
      return { name: 'variants', action: 'undo-make', productId, mergeId: wholeNumber('--undo-make takes the number --make printed; it is', v['undo-make']!) };
  }
}

function wholeNumber(what: string, text: string): number {
  if (!/^[1-9]\d{0,15}$/.test(text)) throw usage(`${what} whole numbers, not "${text}".`);
  return Number(text);
}
