import type { ProviderKind, Tone } from '../../shared/domain/generation-options';
import type { RewriteKind } from '../../shared/domain/draft-kinds';
import type { ExportTarget } from '../../shared/domain/platform-limits';
import type { ExportFlags } from './parse-export-flags';
import type { CatalogCommand, ShopCommand } from './parse-shop-args';
import type { DraftsCommand } from './parse-draft-args';
import type { VariantsCommand } from './parse-variants-args';

/** What a command line asks for, once parsed and checked: the shape every command handler takes. */
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

export type CliCommand =
  | { name: 'help' }
  | { name: 'import'; paths: string[]; groupByName: boolean }
  | { name: 'generate'; selection: { all: true; rewrite?: RewriteKind[] } | { productIds: number[] } | { resume: true }; gen: GenerateFlags }
  | { name: 'export'; productIds?: number[]; export: ExportFlags }
  | { name: 'status' }
  | { name: 'doctor' }
  | { name: 'run'; paths: string[]; groupByName: boolean; gen: GenerateFlags; export: ExportFlags }
  | ShopCommand
  | CatalogCommand
  | DraftsCommand
  | VariantsCommand;

export interface ParsedCli {
  command: CliCommand;
  json: boolean;
  /** Show stack traces of unexpected failures (for bug reports). */
  verbose: boolean;
}
