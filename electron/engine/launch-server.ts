import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import readline from 'node:readline';
import OpenAI from 'openai';
import { guardChildProcess } from './guard-child-process';
import type { RotatingLog } from '../logging/rotating-log';
import { buildServerArgs, buildServerEnv, type ServerConfig } from './server-args';

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One running llama-server process: a fresh port and key every launch. */
export interface ServerLaunch {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly baseURL: string;
  readonly apiKey: string;
  readonly client: OpenAI;
  /** Lines printed before /health first answered 200 (what the server chose: layers, slots, buffers). */
  readonly startupLines: string[];
  /** The most recent lines, for classifying a failure. */
  readonly tail: string[];
  /** Resolves once the process has exited and its output is fully read. */
  readonly exited: Promise<ServerExit>;
  exit?: ServerExit;
  ready: boolean;
}

const TAIL_LINES = 200;
const STARTUP_LINES = 2_000;

export function createLaunchKey(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Spawns llama-server, streams its output into the log, and arms the kill-on-exit guard.
 * `backendLibrary` is the GPU backend a backend-DL build loads for this launch; `env` adds to (or
 * overrides) the inherited environment, e.g. GGML_VK_VISIBLE_DEVICES.
 */
export function launchServer(
  binary: string,
  config: ServerConfig,
  apiKey: string,
  log: RotatingLog,
  opts: { backendLibrary?: string; env?: Record<string, string> } = {},
): ServerLaunch {
  const args = buildServerArgs(config, os.availableParallelism());
  const backend = opts.backendLibrary ? ` (GGML_BACKEND_PATH=${opts.backendLibrary})` : '';
  log.write(`${new Date().toISOString()} [supervisor] launch: ${binary} ${args.join(' ')}${backend}`);
  const env = buildServerEnv({ ...process.env, ...opts.env }, apiKey, opts.backendLibrary);
  const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const baseURL = `http://127.0.0.1:${config.port}`;
  const startupLines: string[] = [];
  const tail: string[] = [];
  const release = child.pid ? guardChildProcess(child.pid) : () => {};

  const launch: ServerLaunch = {
    child,
    pid: child.pid ?? -1,
    baseURL,
    apiKey,
    client: new OpenAI({ baseURL: `${baseURL}/v1`, apiKey, maxRetries: 0 }),
    startupLines,
    tail,
    ready: false,
    exited: new Promise<ServerExit>((resolve) => {
      const finish = (exit: ServerExit) => {
        if (launch.exit) return;
        release();
        launch.exit = exit;
        log.write(`${new Date().toISOString()} [supervisor] exit: pid ${child.pid ?? '?'} ${exit.signal ?? `code ${exit.code}`}`);
        resolve(exit);
      };
      child.once('error', (err) => {
        tail.push(`spawn error: ${err.message}`);
        // 'close' does not follow a failed spawn, so finish here.
        if (!child.pid) finish({ code: null, signal: null });
      });
      child.once('close', (code, signal) => finish({ code, signal }));
    }),
  };

  const take = (raw: string) => {
    // At trace level the server prints the key's last 4 characters; keep even those off the disk.
    const line = raw.replace(/(api_keys: )\*{4}\S*/, '$1****');
    log.write(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    if (!launch.ready && startupLines.length < STARTUP_LINES) startupLines.push(line);
  };
  readline.createInterface({ input: child.stdout! }).on('line', take);
  readline.createInterface({ input: child.stderr! }).on('line', take);
  return launch;
}
