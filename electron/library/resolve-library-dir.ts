import path from 'node:path';
import { AppError } from '../../shared/errors';

export interface LibraryDirSources {
  /** Command-line arguments (process.argv or Electron's); `--library DIR` or `--library=DIR`. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Where the library lives when neither the flag nor the variable names one (Electron: userData/library). */
  defaultDir: string;
  /** Base for a relative folder; the caller passes process.cwd() so this stays pure. */
  cwd?: string;
}

const FLAG = '--library';
export const LIBRARY_ENV = 'LISTING_STUDIO_LIBRARY';

/**
 * Picks the library folder: the `--library` flag wins (the last one, as with most CLIs), then
 * LISTING_STUDIO_LIBRARY, then the default. Always an absolute path.
 */
export function resolveLibraryDir(sources: LibraryDirSources): string {
  const chosen = readLibraryFlag(sources.argv) ?? nonEmpty(sources.env[LIBRARY_ENV]) ?? sources.defaultDir;
  return sources.cwd ? path.resolve(sources.cwd, chosen) : path.resolve(chosen);
}

function readLibraryFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--') || next.trim() === '') throw missingFolder();
      found = next;
      i++;
    } else if (arg.startsWith(`${FLAG}=`)) {
      const value = arg.slice(FLAG.length + 1);
      if (value.trim() === '') throw missingFolder();
      found = value;
    }
  }
  return found;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

function missingFolder(): AppError {
  return new AppError('invalid_input', '--library needs a folder after it, for example --library /path/to/MyShopLibrary.');
}
