import os from 'node:os';
import { openCore, type Core } from '../core/core';
import { libraryFolderState } from '../library/check-library-folder';
import { resolveLibraryDir } from '../library/resolve-library-dir';
import { createCliContext, type CliContext } from './cli-context';
import { createCliOutput, type CliOutput, type CliStreams } from './cli-output';
import { describeCliFailure } from './describe-cli-failure';
import { runCatalogImportCommand } from './commands/catalog-command';
import { runDoctorCommand } from './commands/doctor-command';
import { runExportCommand } from './commands/export-command';
import { runGenerateCommand } from './commands/generate-command';
import { runImportCommand } from './commands/import-command';
import { runPipelineCommand } from './commands/run-command';
import { runShopSetCommand, runShopShowCommand } from './commands/shop-command';
import { runStatusCommand } from './commands/status-command';
import { runApproveCommand, runDraftsConfirmCommand, runDraftsSetCommand, runDraftsShowCommand } from './commands/drafts-command';
import { runCheckCommand } from './commands/check-command';
import { runVariantsCommand } from './commands/variants-command';
import { defaultLibraryDir } from './default-library-dir';
import { HELP_TEXT } from './help-text';
import { CliUsageError, parseCliArgs, type CliCommand } from './parse-cli-args';

export interface CliEnvironment extends CliStreams {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/**
 * Runs one CLI command against a library and returns the exit code. Whatever happens, the queue's
 * items in flight go back to pending (so `generate --resume` continues) and llama-server is
 * stopped before this resolves.
 */
export async function runCli(io: CliEnvironment): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(io.argv);
  } catch (err) {
    return fail(createCliOutput(io, io.argv.includes('--json')), err, io.argv.includes('--verbose'));
  }
  const out = createCliOutput(io, parsed.json);
  if (parsed.command.name === 'help') {
    io.stdout.write(`${HELP_TEXT}\n`);
    return 0;
  }
  let core: Core | undefined;
  const interrupt = (): void => {
    out.warn('Stopping: products in progress go back to the queue; continue later with `listing-studio generate --resume`.');
    void core?.queue.stopAll();
    void core?.evidence.stop();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    const libraryDir = resolveLibraryDir({ argv: io.argv, env: io.env, cwd: io.cwd, defaultDir: defaultLibraryDir(process.platform, io.env, os.homedir()) });
    const isNew = ['missing', 'new'].includes(libraryFolderState(libraryDir));
    // Only commands that bring photos in start a library; a mistyped --library elsewhere is an error.
    core = openCore({ libraryDir, createLibrary: createsLibrary(parsed.command) });
    if (isNew) out.warn(`Created a new library at ${libraryDir}.`);
    return await dispatch(createCliContext(core, out, parsed.verbose), parsed.command);
  } catch (err) {
    return fail(out, err, parsed.verbose);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await core?.shutdown();
  }
}

function createsLibrary(command: CliCommand): boolean {
  return command.name === 'import' || command.name === 'run';
}

function dispatch(ctx: CliContext, command: CliCommand): Promise<number> {
  switch (command.name) {
    case 'import':
      return runImportCommand(ctx, command.paths, command.groupByName);
    case 'generate':
      return runGenerateCommand(ctx, command.selection, command.gen);
    case 'export':
      return runExportCommand(ctx, command.export, command.productIds);
    case 'status':
      return runStatusCommand(ctx);
    case 'doctor':
      return runDoctorCommand(ctx);
    case 'run':
      return runPipelineCommand(ctx, command.paths, command.groupByName, command.gen, command.export);
    case 'shop':
      return command.action === 'show' ? runShopShowCommand(ctx) : runShopSetCommand(ctx, command.changes);
    case 'catalog':
      return runCatalogImportCommand(ctx, command.file, command.map, command.apply);
    case 'drafts':
      if (command.action === 'show') return runDraftsShowCommand(ctx, command.productId);
      if (command.action === 'set') return runDraftsSetCommand(ctx, command.productId, command.changes);
      return runDraftsConfirmCommand(ctx, command.productId, command.words);
    case 'approve':
      return runApproveCommand(ctx, command.productIds);
    case 'check':
      return runCheckCommand(ctx, command.productIds);
    case 'variants':
      return runVariantsCommand(ctx, command);
    case 'help':
      return Promise.resolve(0);
  }
}

/**
 * Prints the failure as a sentence (or JSON with --json) and picks the exit code. An unexpected
 * failure shows its stack trace only with --verbose: the shop owner gets the sentence.
 */
function fail(out: CliOutput, err: unknown, verbose: boolean): number {
  const usage = err instanceof CliUsageError;
  const error = describeCliFailure(err, verbose);
  if (out.json) out.result({ ok: false, error }, []);
  out.warn(`listing-studio: ${error.message}${usage ? '\nRun `listing-studio --help` for usage.' : ''}`);
  return usage ? 2 : 1;
}
