import { parseArgs } from 'node:util';
import { PROVIDER_KINDS, TONES, type ProviderKind, type Tone } from '../../shared/domain/generation-options';
import { EXPORT_TARGETS, type ExportTarget } from '../../shared/domain/platform-limits';
import { EXPORT_STATUSES, type ExportStatus } from '../../shared/ipc/routes/export';
import { AppError } from '../../shared/errors';

export interface GenerateFlags {
  engine?: ProviderKind;
  model?: string;
  mmproj?: string;
  words?: number;
  target?: ExportTarget;
  tone?: Tone;
  language?: string;
  /** Local engine slots (requests at once). */
  parallel?: number;
}

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

export type CliCommand =
  | { name: 'help' }
  | { name: 'import'; paths: string[]; groupByName: boolean }
  | { name: 'generate'; selection: { all: true } | { productIds: number[] } | { resume: true }; gen: GenerateFlags }
  | { name: 'export'; productIds?: number[]; export: ExportFlags }
  | { name: 'status' }
  | { name: 'doctor' }
  | { name: 'run'; paths: string[]; groupByName: boolean; gen: GenerateFlags; export: ExportFlags }
  | { name: 'shop'; action: 'show' }
  | { name: 'shop'; action: 'set'; changes: ShopChanges }
  | { name: 'catalog'; action: 'import'; file: string; map: Record<string, string>; apply: boolean };

export interface ParsedCli {
  command: CliCommand;
  json: boolean;
}

const COMMANDS = ['import', 'generate', 'export', 'status', 'doctor', 'run', 'shop', 'catalog', 'help'] as const;

const OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  all: { type: 'boolean', default: false },
  resume: { type: 'boolean', default: false },
  product: { type: 'string', multiple: true },
  engine: { type: 'string' },
  model: { type: 'string' },
  mmproj: { type: 'string' },
  words: { type: 'string' },
  target: { type: 'string' },
  tone: { type: 'string' },
  language: { type: 'string' },
  parallel: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'on-lint-failure': { type: 'string' },
  'image-base-url': { type: 'string' },
  currency: { type: 'string' },
  'no-images': { type: 'boolean', default: false },
  'no-group': { type: 'boolean', default: false },
  status: { type: 'string' },
  'include-exported': { type: 'boolean', default: false },
  storefront: { type: 'string' },
  'shop-url': { type: 'string' },
  'product-path': { type: 'string' },
  vendor: { type: 'string' },
  condition: { type: 'string' },
  'ebay-category': { type: 'string' },
  'ebay-site': { type: 'string' },
  'etsy-taxonomy': { type: 'string' },
  'etsy-who-made': { type: 'string' },
  'etsy-when-made': { type: 'string' },
  'etsy-supply': { type: 'string' },
  'google-category': { type: 'string' },
  platforms: { type: 'string' },
  'shopify-url': { type: 'string' },
  'shopify-path': { type: 'string' },
  'woocommerce-url': { type: 'string' },
  'woocommerce-path': { type: 'string' },
  'custom-url': { type: 'string' },
  'custom-path': { type: 'string' },
  map: { type: 'string', multiple: true },
  apply: { type: 'boolean', default: false },
} as const;

/** Flags that override a shop-profile field for one export. */
const OVERRIDE_FLAGS = ['storefront', 'shop-url', 'product-path', 'vendor', 'condition', 'ebay-category', 'ebay-site', 'etsy-taxonomy', 'etsy-who-made', 'etsy-when-made', 'etsy-supply', 'google-category', 'currency'];
const EXPORT_FLAGS = ['format', 'out', 'on-lint-failure', 'image-base-url', 'no-images', ...OVERRIDE_FLAGS];
/** Flags of `shop set`: each names one profile field ("none" clears an optional one). */
export const SHOP_FLAGS = ['platforms', 'shopify-url', 'shopify-path', 'woocommerce-url', 'woocommerce-path', 'custom-url', 'custom-path', 'currency', 'vendor', 'condition', 'ebay-category', 'ebay-site', 'etsy-taxonomy', 'etsy-who-made', 'etsy-when-made', 'etsy-supply'] as const;
export type ShopChanges = Partial<Record<(typeof SHOP_FLAGS)[number], string>>;

/** Which flags each command accepts besides --library, --json and --help. */
const ALLOWED: Record<(typeof COMMANDS)[number], readonly string[]> = {
  help: [],
  import: ['no-group'],
  generate: ['all', 'resume', 'product', 'engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel'],
  export: ['product', 'status', 'include-exported', ...EXPORT_FLAGS],
  status: [],
  doctor: [],
  run: ['engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel', 'no-group', ...EXPORT_FLAGS],
  shop: SHOP_FLAGS,
  catalog: ['map', 'apply'],
};
const COMMON = ['library', 'json', 'help'];

/** Reads the command line (without node and the script) into one command; bad input names the flag. */
export function parseCliArgs(argv: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw usage(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '.')}`);
  }
  const { values: v, positionals } = parsed;
  const [name, ...rest] = positionals;
  const json = v.json;
  if (!name || v.help || name === 'help') return { command: { name: 'help' }, json };
  if (!(COMMANDS as readonly string[]).includes(name)) throw usage(`Unknown command "${name}". Commands: ${COMMANDS.join(', ')}.`);
  const command = name as (typeof COMMANDS)[number];
  const given = Object.keys(v).filter((k) => !COMMON.includes(k) && isGiven(v[k as keyof typeof v]));
  const extra = given.filter((k) => !ALLOWED[command].includes(k));
  if (extra.length > 0) throw usage(`${command} does not take --${extra.join(', --')}.`);

  switch (command) {
    case 'import':
      if (rest.length === 0) throw usage('import needs at least one photo file or folder, e.g. listing-studio import ~/Photos/shop.');
      return { command: { name: 'import', paths: rest, groupByName: !v['no-group'] }, json };
    case 'generate': {
      noPositionals(command, rest);
      const productIds = readProductIds(v.product);
      const chosen = [v.all, v.resume, productIds !== undefined].filter(Boolean).length;
      if (chosen !== 1) throw usage('generate needs exactly one of --all, --product ID (repeatable, or 1,2,3) or --resume.');
      const selection = v.all ? { all: true as const } : v.resume ? { resume: true as const } : { productIds: productIds! };
      return { command: { name: 'generate', selection, gen: readGenerateFlags(v) }, json };
    }
    case 'export': {
      noPositionals(command, rest);
      const productIds = readProductIds(v.product);
      if (productIds && (v.status !== undefined || v['include-exported'])) throw usage('--product names the products itself; leave out --status and --include-exported.');
      return { command: { name: 'export', productIds, export: readExportFlags(command, v, 'abort') }, json };
    }
    case 'shop':
      return { command: readShopCommand(rest, v), json };
    case 'catalog':
      return { command: readCatalogCommand(rest, v), json };
    case 'status':
    case 'doctor':
      noPositionals(command, rest);
      return { command: { name: command }, json };
    case 'run':
      if (rest.length === 0) throw usage('run needs photo files or folders, e.g. listing-studio run ~/Photos/shop --format shopify --out shop.csv.');
      return { command: { name: 'run', paths: rest, groupByName: !v['no-group'], gen: readGenerateFlags(v), export: readExportFlags(command, v, 'skip') }, json };
    default:
      return { command: { name: 'help' }, json };
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function readGenerateFlags(v: Values): GenerateFlags {
  if ((v.model === undefined) !== (v.mmproj === undefined)) throw usage('--model and --mmproj go together: give the model GGUF and its vision (mmproj) GGUF.');
  const engine = v.engine === undefined ? undefined : oneOf('--engine', v.engine, PROVIDER_KINDS);
  if (engine === 'cloud' && v.model) throw usage('--model is for the local engine; leave it out with --engine cloud.');
  return {
    engine: engine ?? (v.model ? 'local' : undefined),
    model: v.model,
    mmproj: v.mmproj,
    words: v.words === undefined ? undefined : integer('--words', v.words, 10, 300),
    target: v.target === undefined ? undefined : oneOf('--target', v.target, EXPORT_TARGETS),
    tone: v.tone === undefined ? undefined : oneOf('--tone', v.tone, Object.keys(TONES) as Tone[]),
    language: v.language,
    parallel: v.parallel === undefined ? undefined : integer('--parallel', v.parallel, 1, 64),
  };
}

function readExportFlags(command: string, v: Values, defaultOnFailure: OnLintFailure): ExportFlags {
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

function readShopCommand(rest: string[], v: Values): CliCommand {
  const [action, ...extra] = rest;
  if (action !== 'show' && action !== 'set') throw usage('shop needs show or set, e.g. listing-studio shop set --shopify-url https://shop.example.com --condition new.');
  noPositionals(`shop ${action}`, extra);
  if (action === 'show') {
    const given = SHOP_FLAGS.filter((f) => v[f] !== undefined);
    if (given.length > 0) throw usage(`shop show takes no --${given[0]}; use shop set to change it.`);
    return { name: 'shop', action: 'show' };
  }
  const changes: ShopChanges = {};
  for (const flag of SHOP_FLAGS) if (v[flag] !== undefined) changes[flag] = v[flag];
  if (Object.keys(changes).length === 0) throw usage(`shop set needs at least one of --${SHOP_FLAGS.join(', --')}.`);
  return { name: 'shop', action: 'set', changes };
}

function readCatalogCommand(rest: string[], v: Values): CliCommand {
  const [action, file, ...extra] = rest;
  if (action !== 'import' || !file) throw usage('catalog needs import and a CSV file, e.g. listing-studio catalog import products.csv --apply.');
  noPositionals('catalog import', extra);
  const map: Record<string, string> = {};
  for (const pair of v.map ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw usage(`--map takes column=field, e.g. --map "Item code=sku", not "${pair}".`);
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return { name: 'catalog', action: 'import', file, map, apply: v.apply };
}

function readProductIds(values: string[] | undefined): number[] | undefined {
  if (!values) return undefined;
  const ids = values.flatMap((text) => text.split(',')).map((part) => part.trim());
  for (const id of ids) if (!/^[1-9]\d{0,15}$/.test(id)) throw usage(`--product takes product IDs (whole numbers), not "${id}".`);
  return ids.map(Number);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw usage(`${flag} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

function noPositionals(command: string, rest: string[]): void {
  if (rest.length > 0) throw usage(`${command} takes no file arguments (got "${rest[0]}").`);
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== false;
}

/** A usage mistake: exit code 2 and the help hint. */
export class CliUsageError extends AppError {
  constructor(message: string) {
    super('invalid_input', message);
  }
}

function usage(message: string): CliUsageError {
  return new CliUsageError(message);
}
