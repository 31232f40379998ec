import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-llama-server-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A cache folder laid out as build-llama-server.ts leaves it: <cache>/llama-server/<key>/{llama-server,build-info.json}. */
function cachedBuild(native: boolean): { cache: string; binary: Buffer; info: string } {
  const cache = path.join(root, 'cache');
  const dir = path.join(cache, 'llama-server', '80fb11ac73e6-test');
  fs.mkdirSync(dir, { recursive: true });
  // Only copied, never run: any bytes stand in for the binary.
  const binary = Buffer.from('#!/bin/sh\necho llama-server stand-in\n');
  fs.writeFileSync(path.join(dir, 'llama-server'), binary, { mode: 0o755 });
  const info = JSON.stringify({ commit: '80fb11a', backend: 'cpu', options: ['-DBUILD_SHARED_LIBS=OFF', `-DGGML_NATIVE=${native ? 'ON' : 'OFF'}`], builtAt: '2026-11-26T00:00:00Z', seconds: 690 });
  fs.writeFileSync(path.join(dir, 'build-info.json'), info);
  return { cache, binary, info };
}

function stage(cache: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LISTING_STUDIO_CACHE: cache };
  delete env.LISTING_STUDIO_LLAMA_SERVER;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/stage-llama-server.ts', '--resources', path.join(root, 'resources'), ...args], { env, encoding: 'utf8' });
}

describe('scripts/stage-llama-server.ts', () => {
  it('copies the cached portable build and its build-info.json into resources/bin, executable', () => {
    const { cache, binary, info } = cachedBuild(false);
    const run = stage(cache);
    expect(run.status, run.stderr).toBe(0);
    const staged = path.join(root, 'resources', 'bin', 'llama-server');
    expect(fs.readFileSync(staged).equals(binary)).toBe(true);
    expect(fs.statSync(staged).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(path.join(root, 'resources', 'bin', 'build-info.json'), 'utf8')).toBe(info);
    expect(run.stdout).toMatch(/Staged .* \(cache, static, commit 80fb11a\) → .*resources\/bin: 2 files/);
  });

  it('refuses a -march=native build unless asked, since it may crash on other CPUs', () => {
    const { cache } = cachedBuild(true);
    const refused = stage(cache);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/built for this CPU only \(-DGGML_NATIVE=ON\)/);
    expect(fs.existsSync(path.join(root, 'resources', 'bin'))).toBe(false);
    expect(stage(cache, '--allow-native').status).toBe(0);
  });

  it('explains what to run when there is no build at all', () => {
    const run = stage(path.join(root, 'empty-cache'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No llama-server build found\. Build one first: npm run engine:build/);
  });
});
