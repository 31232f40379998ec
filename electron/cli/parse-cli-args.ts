import { parseArgs } from 'node:util';
import { PROVIDER_KINDS, TONES, type ProviderKind, type Tone } from '../../shared/domain/generation-options';
import { EXPORT_TARGETS, type ExportTarget } from '../../shared/domain/platform-limits';
import { AppError } from '../../shared/errors';
import { REWRITE_KINDS, type RewriteKind } from '../../shared/domain/draft-kinds';

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
}

export type CliCommand =
  | { name: 'help' }
  | { name: 'import'; paths: string[]; groupByName: boolean }
  | { name: 'generate'; selection: { all: true; rewrite?: RewriteKind[] } | { productIds: number[] } | { resume: true }; gen: GenerateFlags }
  | { name: 'export'; productIds?: number[]; export: ExportFlags }
  | { name: 'status' }
  | { name: 'doctor' }
  | { name: 'run'; paths: string[]; groupByName: boolean; gen: GenerateFlags; export: ExportFlags };

export interface ParsedCli {
  command: CliCommand;
  json: boolean;
  /** Show stack traces of unexpected failures (for bug reports). */
  verbose: boolean;
}

const COMMANDS = ['import', 'generate', 'export', 'status', 'doctor', 'run', 'help'] as const;

const OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  all: { type: 'boolean', default: false },
  resume: { type: 'boolean', default: false },
  product: { type: 'string', multiple: true },
  rewrite: { type: 'string', multiple: true },
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
} as const;

/** Which flags each command accepts besides --library, --json and --help. */
const ALLOWED: Record<(typeof COMMANDS)[number], readonly string[]> = {
  help: [],
  import: ['no-group'],
  generate: ['all', 'rewrite', 'resume', 'product', 'engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel'],
  export: ['product', 'format', 'out', 'on-lint-failure', 'image-base-url', 'currency', 'no-images'],
  status: [],
  doctor: [],
  run: ['engine', 'model', 'mmproj', 'words', 'target', 'tone', 'language', 'parallel', 'format', 'out', 'on-lint-failure', 'image-base-url', 'currency', 'no-images', 'no-group'],
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
    case 'export':
      noPositionals(command, rest);
      return { command: { name: 'export', productIds: readProductIds(v.product), export: readExportFlags(command, v, 'abort') }, json, verbose };
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
  return {
    format: oneOf('--format', v.format, EXPORT_TARGETS),
    out: v.out,
    onLintFailure: policy === 'anyway' ? 'exportAnyway' : policy,
    imageBaseUrl: v['image-base-url'],
    currency: v.currency,
    copyImages: !v['no-images'],
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
