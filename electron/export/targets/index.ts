import type { ExportTarget } from '../../../shared/domain/platform-limits';
import { ebayTarget } from './ebay';
import { etsyTarget } from './etsy';
import { genericTarget } from './generic';
import { googleTarget } from './google';
import { shopifyTarget } from './shopify';
import type { TargetSpec } from './types';
import { woocommerceTarget } from './woocommerce';

export const TARGETS: Record<ExportTarget, TargetSpec> = {
  shopify: shopifyTarget,
  woocommerce: woocommerceTarget,
  ebay: ebayTarget,
  google: googleTarget,
  etsy: etsyTarget,
  generic: genericTarget,
};
