import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runEngineArgs(args: string[]): { argv: string[]; env: string[] } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/engine-args.ts', ...args], { encoding: 'utf8' });
  return JSON.parse(out) as { argv: string[]; env: string[] };
}

describe('scripts/engine-args.ts', () => {
  it('prints the argv the supervisor would use and only the names of its env vars', () => {
    const { argv, env } = runEngineArgs([
      '--binary', '/opt/llama-server', '--model', '/m/model.gguf', '--mmproj', '/m/mmproj.gguf',
      '--ctx', '16384', '--parallel', '8', '--gpu-layers', '99', '--threads', '15', '--port', '8123',
    ]);
    expect(argv.slice(0, 5)).toEqual(['/opt/llama-server', '--model', '/m/model.gguf', '--mmproj', '/m/mmproj.gguf']);
    expect(argv.join(' ')).toContain('--host 127.0.0.1 --port 8123 --ctx-size 16384 --parallel 8 --threads 15 --gpu-layers 99 --fit off');
    expect(env).toEqual(['LLAMA_API_KEY']);
  });

  it('defaults to automatic GPU layers with --fit on, threads from the core count', () => {
    const { argv } = runEngineArgs(['--binary', 'llama-server', '--model', 'm.gguf', '--cores', '16']);
    expect(argv.join(' ')).toContain('--threads 15 --gpu-layers auto --fit on');
  });

  it('explains a bad number', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/engine-args.ts', '--model', 'm.gguf', '--ctx', 'lots'], { stdio: 'pipe' })).toThrow(/--ctx must be a whole number, got "lots"/);
  });
});
