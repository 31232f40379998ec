import { parentSkuClash } from '../../../shared/domain/parent-sku';
import { variantLabel, type ProductVariants } from '../../../shared/domain/variant';
import { AppError } from '../../../shared/errors';
import { productLabel } from '../../drafts/product-label';
import type { CliContext } from '../cli-context';
import type { VariantsCommand } from '../parse-variants-args';

/** `variants ID`: show, make, split, rejoin, undo a make, each through the app's own routes. */
export async function runVariantsCommand(ctx: CliContext, command: VariantsCommand): Promise<number> {
  const { productId } = command;
  switch (command.action) {
    case 'show': {
      const variants = await ctx.call('variants.get', { productId });
      ctx.out.result(variants, describeVariants(ctx, variants));
      return 0;
    }
    case 'make': {
      const made = await ctx.call('variants.make', { productIds: [productId, ...command.others] });
      const labels = made.variants.variants.map((v) => variantLabel(v.values));
      ctx.out.result(made, [
        `${productLabel(ctx.core.db, productId)} now has ${labels.length} variants: ${labels.join(', ')}.`,
        ...describeVariants(ctx, made.variants).slice(1),
        ...skuClashNote(ctx, productId, made.variants),
        `Undo with: listing-studio variants ${productId} --undo-make ${made.mergeId}`,
      ]);
      return 0;
    }
    case 'split': {
      const current = await ctx.call('variants.get', { productId });
      const variant = current.variants.find((v) => v.id === command.variantId);
      if (!variant) throw notOurs(ctx, productId, `Variant ${command.variantId} is not one of`);
      const split = await ctx.call('variants.split', { variantId: command.variantId });
      ctx.out.result(split, [
        `Moved "${variantLabel(variant.values)}" out of ${productLabel(ctx.core.db, productId)} into ${named(ctx, split.productId)}.`,
        `Put it back with: listing-studio variants ${productId} --rejoin ${split.splitId}`,
      ]);
      return 0;
    }
    case 'rejoin': {
      const owner = ctx.core.db.prepare<[number], number>('SELECT product_id FROM variant_splits WHERE id = ?').pluck().get(command.splitId);
      if (owner !== undefined && owner !== productId) throw notOurs(ctx, productId, `Split ${command.splitId} is not a split of`);
      const back = await ctx.call('variants.rejoin', { splitId: command.splitId });
      ctx.out.result(back, [`Put the variant back into ${productLabel(ctx.core.db, productId)}.`, ...describeVariants(ctx, back.variants).slice(1)]);
      return 0;
    }
    case 'undo-make': {
      const target = ctx.core.db.prepare<[number], number>('SELECT target_id FROM merges WHERE id = ?').pluck().get(command.mergeId);
      if (target !== undefined && target !== productId) throw notOurs(ctx, productId, `${command.mergeId} is not a --make of`);
      const { productIds } = await ctx.call('products.unmerge', { mergeId: command.mergeId });
      ctx.out.result({ productIds }, [`Undone: products ${productIds.join(', ')} are back as they were.`]);
      return 0;
    }
  }
}

/**
 * The product kept its SKU and its first variant carries it too: WooCommerce refuses that pair, so
 * the owner is told here, with the SKU the product could take (never changed for them).
 */
function skuClashNote(ctx: CliContext, productId: number, product: ProductVariants): string[] {
  const sku = ctx.core.db.prepare<[number], string | null>('SELECT sku FROM drafts WHERE product_id = ?').pluck().get(productId) ?? null;
  const clash = parentSkuClash(sku, product.variants);
  if (!clash) return [];
  const give = clash.suggestion ? `listing-studio drafts set ${productId} --sku ${clash.suggestion}` : `listing-studio drafts set ${productId} --sku NEW-SKU`;
  return [`Note: the product's SKU ${sku} is also the ${clash.variant} variant's; WooCommerce needs the product's own. Give the product its own SKU with: ${give}`];
}

/** "product 9 (Cotton tee – Blue)", or just "product 9" while it has no name of its own. */
function named(ctx: CliContext, productId: number): string {
  const label = productLabel(ctx.core.db, productId);
  return label === `product ${productId}` ? label : `product ${productId} (${label})`;
}

function notOurs(ctx: CliContext, productId: number, what: string): AppError {
  return new AppError('invalid_input', `${what} ${productLabel(ctx.core.db, productId)} (product ${productId}). See its variants with: listing-studio variants ${productId}`);
}

/** A heading, then one line per variant: its id (for --split), values, SKU, price, barcode, stock and photos. */
function describeVariants(ctx: CliContext, product: ProductVariants): string[] {
  const name = `${productLabel(ctx.core.db, product.productId)} (product ${product.productId})`;
  if (product.variants.length === 0) {
    return [`${name} has no variants. Make some with: listing-studio variants ${product.productId} --make ID,ID`];
  }
  return [
    `${name}: options ${product.optionNames.join(', ')}; ${product.variants.length} variant${product.variants.length === 1 ? '' : 's'}`,
    ...product.variants.map((v) =>
      [
        `  variant ${v.id}: ${variantLabel(v.values)}`,
        `SKU ${v.sku ?? '—'}`,
        `price ${v.price ?? "the product's"}`,
        `barcode ${v.barcode ?? '—'}`,
        `stock ${v.quantity ?? 'not tracked'}`,
        `${v.photoIds.length} photo${v.photoIds.length === 1 ? '' : 's'}`,
      ].join(' · '),
    ),
  ];
}
