/**
 * Dry run: prints, as JSON, the argv and the names of the environment variables the supervisor
 * would launch llama-server with. For checking a launch by hand on a machine without Node.
 *   npm exec tsx scripts/engine-args.ts -- --model m.gguf [--mmproj p.gguf] [--ctx 8192] [--parallel 2]
 *     [--gpu-layers auto|N] [--threads N] [--port N] [--alias NAME] [--chat-template-file F] [--binary PATH]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { buildServerArgs, SERVER_ENV_NAMES } from '../electron/engine/server-args';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    mmproj: { type: 'string' },
    ctx: { type: 'string', default: '8192' },
    parallel: { type: 'string', default: '2' },
    'gpu-layers': { type: 'string', default: 'auto' },
    threads: { type: 'string' },
    port: { type: 'string', default: '8080' },
    alias: { type: 'string' },
    'chat-template-file': { type: 'string' },
    binary: { type: 'string' },
    cores: { type: 'string' },
  },
});

function int(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

if (!values.model) {
  console.error('Usage: tsx scripts/engine-args.ts --model <model.gguf> [--mmproj <mmproj.gguf>] [--ctx N] [--parallel N] [--gpu-layers auto|N] [--threads N] [--port N]');
  process.exit(2);
}
const gpuLayers = values['gpu-layers'] === 'auto' ? 'auto' : int('gpu-layers', values['gpu-layers'])!;
const cores = int('cores', values.cores) ?? os.availableParallelism();
const args = buildServerArgs(
  {
    model: values.model,
    mmproj: values.mmproj,
    contextSize: int('ctx', values.ctx)!,
    parallel: int('parallel', values.parallel)!,
    gpuLayers,
    threads: int('threads', values.threads),
    port: int('port', values.port)!,
    alias: values.alias,
    chatTemplateFile: values['chat-template-file'],
  },
  cores,
);
const binary = values.binary ?? locateLlamaServer()?.binary ?? 'llama-server';
console.log(JSON.stringify({ argv: [binary, ...args], env: [...SERVER_ENV_NAMES] }, null, 2));
