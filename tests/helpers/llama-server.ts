import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateLlamaServer } from '../../electron/engine/binary/locate-llama-server';
import { EngineSupervisor, type SupervisorOptions } from '../../electron/engine/engine-supervisor';
import type { MmprojVariant } from '../../tooling/tiny-vlm/tiny-mmproj';
import { tinyModelPair } from './tiny-model';

/**
 * The llama-server binary for engine tests, or undefined with the reason printed once per file.
 * Use as: `const binary = findTestLlamaServer(); describe.skipIf(!binary)(…)`.
 */
export function findTestLlamaServer(): string | undefined {
  const located = locateLlamaServer();
  if (!located && process.env.LISTING_STUDIO_REQUIRE_ENGINE === '1') {
    // CI builds the engine first: there a missing binary is a failure, never a quiet skip.
    throw new Error('LISTING_STUDIO_REQUIRE_ENGINE=1 but no llama-server binary was found: run `npm run engine:build`.');
  }
  if (!located) {
    console.warn('[engine tests skipped] no llama-server binary: run `npm run engine:build` or set LISTING_STUDIO_LLAMA_SERVER.');
  }
  return located?.binary;
}

export interface TestEngine {
  supervisor: EngineSupervisor;
  libraryDir: string;
  logFile: string;
  /** Stops the server and removes the library folder. */
  dispose(): Promise<void>;
}

/**
 * A supervisor over the tiny model, with settings that suit a 2-core machine shared with other
 * tests: one thread, two slots, 4096 tokens per slot.
 */
export function createTestEngine(binary: string, opts: { mmproj?: MmprojVariant } & Partial<SupervisorOptions> = {}): TestEngine {
  const { mmproj: variant, ...overrides } = opts;
  const files = tinyModelPair(variant ?? 'valid');
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-test-library-'));
  const logFile = path.join(libraryDir, 'logs', 'llama-server.log');
  const supervisor = new EngineSupervisor({
    binary,
    model: files.model,
    mmproj: files.mmproj,
    logFile,
    contextSize: 8192,
    parallel: 2,
    threads: 1,
    alias: 'tiny',
    loadTimeoutMs: 60_000,
    ...overrides,
  });
  return {
    supervisor,
    libraryDir,
    logFile,
    async dispose() {
      await supervisor.stop();
      fs.rmSync(libraryDir, { recursive: true, force: true });
    },
  };
}
