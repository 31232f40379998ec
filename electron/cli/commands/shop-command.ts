import { shopProfileSchema, type ShopProfile } from '../../../shared/domain/shop-profile';
import { AppError } from '../../../shared/errors';
import type { CliContext } from '../cli-context';
import { yesNo, type ShopChanges } from '../parse-cli-args';
import { applyShopChanges, describeShopLines, FLAG_FOR_FIELD } from '../shop-changes';

export async function runShopShowCommand(ctx: CliContext): Promise<number> {
  const profile = await ctx.call('shop.get', {});
  ctx.out.result(profile, describeShopLines(profile));
  return 0;
}

/** Reads the profile, applies the flags, and saves it through shop.set; a refusal names the flag. */
export async function runShopSetCommand(ctx: CliContext, changes: ShopChanges): Promise<number> {
  const current = await ctx.call('shop.get', {});
  const next = applyShopChanges(current, changes, (value) => yesNo('--etsy-supply', value));
  const checked = shopProfileSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = issue.path.join('.');
    const flag = FLAG_FOR_FIELD[field] ?? FLAG_FOR_FIELD[issue.path.slice(0, 3).join('.')] ?? FLAG_FOR_FIELD[String(issue.path[0])];
    throw new AppError('invalid_input', `${flag ?? field}: ${issue.message}. Nothing was changed.`);
  }
  const saved: ShopProfile = await ctx.call('shop.set', { profile: checked.data });
  ctx.out.result(saved, ['Shop profile saved.', ...describeShopLines(saved)]);
  return 0;
}
