import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { openCore, type Core } from '../../../electron/core/core';
import { exportOptionsSchema } from '../../../shared/domain/export';
import { addProduct } from '../export/library-fixture';
import { findTestLlamaServer } from '../../helpers/llama-server';
import { tinyModelPair } from '../../helpers/tiny-model';
import { deterministicProcessor } from '../queue/helpers/deterministic-processor';
import { seedProducts } from '../queue/helpers/temp-library';

const binary = findTestLlamaServer();
let root: string;
let core: Core;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'core-shutdown-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
});

afterEach(async () => {
  if (core.db.open) await core.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A job of `count` products whose items each take a minute, resolved once its first items have started. */
async function startLongJob(count: number): Promise<{ jobId: number; finished: Promise<unknown> }> {
  const productIds = seedProducts(core.db, count);
  const jobId = core.queue.create('generate', {}, productIds);
  let started = 0;
  const finished = core.queue.run(jobId, { processor: deterministicProcessor(60_000, { onStart: () => started++ }), concurrency: 2, itemTimeoutMs: 120_000 });
  await vi.waitFor(() => expect(started).toBe(2));
  return { jobId, finished };
}

function itemStates(jobId: number): Record<string, number> {
  const db = openDatabase(path.join(core.libraryDir, 'library.sqlite'));
  try {
    const rows = db.prepare<[number], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM job_items WHERE job_id = ? GROUP BY state').all(jobId);
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  } finally {
    db.close();
  }
}

describe('Core.shutdown', () => {
  it('hands a running job back to the queue and closes the database file', async () => {
    const { jobId, finished } = await startLongJob(5);
    expect(itemStates(jobId).running).toBe(2);

    await core.shutdown();

    expect(core.db.open).toBe(false);
    await finished;
    const states = itemStates(jobId);
    expect(states.running).toBeUndefined();
    expect(states.pending).toBe(5);
    // A second call (a second quit signal) waits for the same stop and does not fail.
    await expect(core.shutdown()).resolves.toBeUndefined();
  });

  it('cancels an export in progress: no file and no temporary file is left', async () => {
    for (let i = 0; i < 600; i++) addProduct(core.db, { title: `Tote ${i}`, sku: `T${i}`, price: '5' });
    const outputPath = path.join(root, 'totes.csv');
    // The quit arrives while the file is being written: at its first progress report.
    let stopped: Promise<void> | undefined;
    const run = core.exports.run({ target: 'generic', options: exportOptionsSchema.parse({ copyImages: false }), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway' }, (p) => {
      if (p.phase === 'write') stopped ??= core.shutdown();
    });
    const settled = run.then(() => 'written', (err: { code?: string }) => err.code);
    await vi.waitFor(() => expect(stopped).toBeDefined());
    await stopped;

    expect(await settled).toBe('cancelled');
    expect(fs.readdirSync(root).filter((f) => f.includes('totes'))).toEqual([]);
    expect(core.db.open).toBe(false);
  });

  it.skipIf(!binary)('stops the local engine: no llama-server child is left', async () => {
    const files = tinyModelPair();
    const status = await core.engine.start({ model: files.model, mmproj: files.mmproj, contextSize: 4096, parallel: 1, gpuLayers: 0 });
    expect(status.state).toBe('ready');
    const pid = status.pid!;
    expect(isAlive(pid)).toBe(true);
    const { jobId } = await startLongJob(3);

    await core.shutdown();

    expect(isAlive(pid)).toBe(false);
    expect(core.engine.status().state).toBe('stopped');
    expect(core.db.open).toBe(false);
    expect(itemStates(jobId).running).toBeUndefined();
  });
});
