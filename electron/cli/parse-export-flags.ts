import { EXPORT_TARGETS, type ExportTarget } from '../../shared/domain/platform-limits';
import { EXPORT_STATUSES, type ExportStatus } from '../../shared/domain/export';
import type { Values } from './cli-options';
import { oneOf, usage } from './cli-usage';

// How `export` and `run` read their flags: the file, the selection and the shop settings overridden for one export.

export type OnLintFailure = 'abort' | 'skip' | 'exportAnyway';

export interface ExportFlags {
  format: ExportTarget;
  out: string;
  onLintFailure: OnLintFailure;
  imageBaseUrl?: string;
  currency?: string;
  copyImages: boolean;
  /** Without --product: which drafts (approved unless told). */
  status?: ExportStatus;
  includeExported?: boolean;
  /** Shop-profile fields overridden for this export only, as the export route names them. */
  overrides?: ExportOverrides;
}

/** The export options a flag can override; validated by the export route's schema. */
export interface ExportOverrides {
  storefront?: string;
  shopUrl?: string;
  productUrlPattern?: string;
  vendor?: string;
  condition?: string;
  ebayCategoryId?: string;
  ebaySite?: string;
  etsyTaxonomyId?: string;
  etsyWhoMade?: string;
  etsyWhenMade?: string;
  etsyIsSupply?: boolean;
  googleProductCategory?: string;
}

/** Flags that override a shop-profile field for one export. */
export const OVERRIDE_FLAGS = ['storefront', 'shop-url', 'product-path', 'vendor', 'condition', 'ebay-category', 'ebay-site', 'etsy-taxonomy', 'etsy-who-made', 'etsy-when-made', 'etsy-supply', 'google-category', 'currency'];
export const EXPORT_FLAGS = ['format', 'out', 'on-lint-failure', 'image-base-url', 'no-images', ...OVERRIDE_FLAGS];

export function readExportFlags(command: string, v: Values, defaultOnFailure: OnLintFailure): ExportFlags {
  if (!v.format) throw usage(`${command} needs --format (${EXPORT_TARGETS.join(', ')}).`);
  if (!v.out) throw usage(`${command} needs --out FILE, the CSV to write.`);
  const policy = v['on-lint-failure'] === undefined ? defaultOnFailure : oneOf('--on-lint-failure', v['on-lint-failure'], ['abort', 'skip', 'anyway'] as const);
  const flags: ExportFlags = {
    format: oneOf('--format', v.format, EXPORT_TARGETS),
    out: v.out,
    onLintFailure: policy === 'anyway' ? 'exportAnyway' : policy,
    imageBaseUrl: v['image-base-url'],
    currency: v.currency,
    copyImages: !v['no-images'],
  };
  if (v.status !== undefined) flags.status = oneOf('--status', v.status, EXPORT_STATUSES);
  if (v['include-exported']) flags.includeExported = true;
  const overrides = readOverrides(v);
  if (Object.keys(overrides).length > 0) flags.overrides = overrides;
  return flags;
}

function readOverrides(v: Values): ExportOverrides {
  const out: ExportOverrides = {};
  const set = <K extends keyof ExportOverrides>(key: K, value: ExportOverrides[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('storefront', v.storefront);
  set('shopUrl', v['shop-url']);
  set('productUrlPattern', v['product-path']);
  set('vendor', v.vendor);
  set('condition', v.condition);
  set('ebayCategoryId', v['ebay-category']);
  set('ebaySite', v['ebay-site']);
  set('etsyTaxonomyId', v['etsy-taxonomy']);
  set('etsyWhoMade', v['etsy-who-made']);
  set('etsyWhenMade', v['etsy-when-made']);
  set('etsyIsSupply', v['etsy-supply'] === undefined ? undefined : yesNo('--etsy-supply', v['etsy-supply']));
  set('googleProductCategory', v['google-category']);
  return out;
}

/** yes/no, true/false: how a shop owner might answer "is it a craft supply?". */
export function yesNo(flag: string, value: string): boolean {
  if (/^(yes|true|1)$/i.test(value)) return true;
  if (/^(no|false|0)$/i.test(value)) return false;
  throw usage(`${flag} takes yes or no, not "${value}".`);
}
