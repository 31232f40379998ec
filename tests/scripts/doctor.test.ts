import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findTestLlamaServer } from '../helpers/llama-server';

const binary = findTestLlamaServer();

describe.skipIf(!binary)('scripts/doctor.ts', () => {
  it('reports the binary and its build, then runs one image through the tiny model', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/doctor.ts'], { encoding: 'utf8', timeout: 90_000, env: { ...process.env, LISTING_STUDIO_LIBRARY: '' } });
    expect(run.stdout).toContain(`llama-server: ${binary}`);
    expect(run.stdout).toMatch(/version: .*commit/);
    // The backends report shared with the CLI's doctor, ending with the engine's expected choice.
    expect(run.stdout).toMatch(/^ {2}Backends: /m);
    expect(run.stdout).toMatch(/^ {2}Engine will use: /m);
    expect(run.stdout).toContain('using the tiny test model');
    expect(run.stdout).toMatch(/ready in \d+ ms: 1 slot\(s\) × 4096 tokens/);
    expect(run.stdout).toMatch(/one image → \d+ ms, \d+ tokens, finish stop, valid listing JSON/);
    expect(run.status).toBe(0);
  }, 120_000);
});
