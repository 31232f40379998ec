import { parseArgs } from 'node:util';
import { REWRITE_KINDS, type RewriteKind } from '../../shared/domain/draft-kinds';
import { PROVIDER_KINDS, TONES, type Tone } from '../../shared/domain/generation-options';
import { EXPORT_TARGETS } from '../../shared/domain/platform-limits';
import type { GenerateFlags, ParsedCli } from './cli-command';
import { OPTIONS, type Values } from './cli-options';
import { integer, isGiven, noPositionals, oneOf, usage } from './cli-usage';
import { EXPORT_FLAGS, readExportFlags } from './parse-export-flags';
import { readCatalogCommand, readShopCommand, SHOP_FLAGS } from './parse-shop-args';
import { DRAFT_SET_FLAGS, readApproveCommand, readDraftsCommand } from './parse-draft-args';
import { readVariantsCommand, VARIANTS_FLAGS } from './parse-variants-args';

export { CliUsageError } from './cli-usage';
export { yesNo, type ExportFlags, type ExportOverrides, type OnLintFailure } from './parse-export-flags';
export { SHOP_FLAGS, type ShopChanges } from './parse-shop-args';
export type { CliCommand, GenerateFlags, ParsedCli } from './cli-command';
export type { DraftChanges } from './parse-draft-args';

const COMMANDS = ['import', 'generate', 'export', 'status', 'doctor', 'run', 'shop', 'catalog', 'drafts', 'approve', 'check', 'variants', 'help'] as const;

/** Which flags each command accepts besides --library, --json and --help. */
const ALLOWED: Record<(typeof COMMANDS)[number], readonly string[]> = {
  help: [],
  import: ['no-group'],
  generate: ['all', 'rewrite', 'resume', 'product', 'engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel'],
  export: ['product', 'status', 'include-exported', ...EXPORT_FLAGS],
  status: [],
  doctor: [],
  run: ['engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel', 'no-group', ...EXPORT_FLAGS],
  shop: SHOP_FLAGS,
  catalog: ['map', 'apply'],
  drafts: DRAFT_SET_FLAGS,
  approve: [],
  check: ['product'],
  variants: VARIANTS_FLAGS,
};
const COMMON = ['library', 'json', 'verbose', 'help'];

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
  const verbose = v.verbose;
  if (!name || v.help || name === 'help') return { command: { name: 'help' }, json, verbose };
  if (!(COMMANDS as readonly string[]).includes(name)) throw usage(`Unknown command "${name}". Commands: ${COMMANDS.join(', ')}.`);
  const command = name as (typeof COMMANDS)[number];
  const given = Object.keys(v).filter((k) => !COMMON.includes(k) && isGiven(v[k as keyof typeof v]));
  const extra = given.filter((k) => !ALLOWED[command].includes(k));
  if (extra.length > 0) throw usage(`${command} does not take --${extra.join(', --')}.`);

  switch (command) {
    case 'import':
      if (rest.length === 0) throw usage('import needs at least one photo file or folder, e.g. listing-studio import ~/Photos/shop.');
      return { command: { name: 'import', paths: rest, groupByName: !v['no-group'] }, json, verbose };
    case 'generate': {
      noPositionals(command, rest);
      const productIds = readProductIds(v.product);
      const chosen = [v.all, v.resume, productIds !== undefined].filter(Boolean).length;
      if (chosen !== 1) throw usage('generate needs exactly one of --all, --product ID (repeatable, or 1,2,3) or --resume.');
      if (v.rewrite && !v.all) throw usage('--rewrite goes with --all (products named with --product are always written).');
      const rewrite = readRewriteKinds(v.rewrite);
      const selection = v.all ? { all: true as const, ...(rewrite && { rewrite }) } : v.resume ? { resume: true as const } : { productIds: productIds! };
      return { command: { name: 'generate', selection, gen: readGenerateFlags(v) }, json, verbose };
    }
    case 'export': {
      noPositionals(command, rest);
      const productIds = readProductIds(v.product);
      if (productIds && (v.status !== undefined || v['include-exported'])) throw usage('--product names the products itself; leave out --status and --include-exported.');
      return { command: { name: 'export', productIds, export: readExportFlags(command, v, 'abort') }, json, verbose };
    }
    case 'shop':
      return { command: readShopCommand(rest, v), json, verbose };
    case 'catalog':
      return { command: readCatalogCommand(rest, v), json, verbose };
    case 'drafts':
      return { command: readDraftsCommand(rest, v), json, verbose };
    case 'approve':
      return { command: readApproveCommand(rest), json, verbose };
    case 'variants':
      return { command: readVariantsCommand(rest, v), json, verbose };
    case 'check':
      noPositionals(command, rest);
      return { command: { name: 'check', productIds: readProductIds(v.product) }, json, verbose };
    case 'status':
    case 'doctor':
      noPositionals(command, rest);
      return { command: { name: command }, json, verbose };
    case 'run':
      if (rest.length === 0) throw usage('run needs photo files or folders, e.g. listing-studio run ~/Photos/shop --format shopify --out shop.csv.');
      return { command: { name: 'run', paths: rest, groupByName: !v['no-group'], gen: readGenerateFlags(v), export: readExportFlags(command, v, 'skip') }, json, verbose };
    default:
      return { command: { name: 'help' }, json, verbose };
  }
}

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

function readProductIds(values: string[] | undefined): number[] | undefined {
  if (!values) return undefined;
  const ids = values.flatMap((text) => text.split(',')).map((part) => part.trim());
  for (const id of ids) if (!/^[1-9]\d{0,15}$/.test(id)) throw usage(`--product takes product IDs (whole numbers), not "${id}".`);
  return ids.map(Number);
}

/** --rewrite drafts,edited (or repeated): which existing drafts "generate --all" may replace. */
function readRewriteKinds(values: string[] | undefined): RewriteKind[] | undefined {
  if (!values) return undefined;
  const kinds = values.flatMap((text) => text.split(',')).map((part) => part.trim());
  return [...new Set(kinds.map((kind) => oneOf('--rewrite', kind, REWRITE_KINDS)))];
}
