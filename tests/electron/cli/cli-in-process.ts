import { runCli } from '../../../electron/cli/run-cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed, for runs with --json. */
  json<T = unknown>(): T;
}

/** The real CLI entry (runCli, what bin/listing-studio.js runs) in this process, against --library. */
export async function runCliIn(library: string, args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: [...args, '--library', library],
    env: { LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' },
    cwd: library,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    isTTY: false,
  });
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
