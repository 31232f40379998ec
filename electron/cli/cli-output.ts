import { renderProgressBar, type ProgressLine } from './progress-bar';

export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** A terminal gets a live progress bar; pipes and --json get none. */
  isTTY: boolean;
}

/**
 * Where the CLI speaks: results on stdout (one JSON document with --json, plain lines
 * otherwise), warnings and the progress bar on stderr, so a script can pipe stdout safely.
 */
export interface CliOutput {
  readonly json: boolean;
  info(line: string): void;
  warn(line: string): void;
  progress(line: ProgressLine): void;
  result(value: unknown, human: readonly string[]): void;
}

export function createCliOutput(streams: CliStreams, json: boolean): CliOutput {
  const live = streams.isTTY && !json;
  let barShown = false;
  const clearBar = (): void => {
    if (barShown) streams.stderr.write('\r\x1b[2K');
    barShown = false;
  };
  return {
    json,
    info(line) {
      if (json) return;
      clearBar();
      streams.stdout.write(`${line}\n`);
    },
    warn(line) {
      clearBar();
      streams.stderr.write(`${line}\n`);
    },
    progress(line) {
      if (!live) return;
      streams.stderr.write(`\r\x1b[2K${renderProgressBar(line)}`);
      barShown = true;
    },
    result(value, human) {
      clearBar();
      if (json) streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      else for (const line of human) streams.stdout.write(`${line}\n`);
    },
  };
}
