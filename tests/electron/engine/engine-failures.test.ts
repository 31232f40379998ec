import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineUnavailableError } from '../../../electron/engine/engine-supervisor';
import { createTestEngine, findTestLlamaServer } from '../../helpers/llama-server';

const binary = findTestLlamaServer();

function isRunning(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts an engine that must fail; returns the error start() threw and the final status. */
async function failToStart(engine: ReturnType<typeof createTestEngine>) {
  const pids: number[] = [];
  engine.supervisor.onStatus((s) => s.pid && pids.push(s.pid));
  try {
    const err = await engine.supervisor.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { err: err as EngineUnavailableError, status: engine.supervisor.status(), pids };
  } finally {
    await engine.dispose();
  }
}

describe.skipIf(!binary)('engine start failures are classified', () => {
  it('a mmproj without its projector tensors crashes the server: crashed, naming the vision file', async () => {
    const { err, status, pids } = await failToStart(createTestEngine(binary!, { mmproj: 'missing-projector' }));
    expect(err).toBeInstanceOf(EngineUnavailableError);
    expect(status.state).toBe('crashed');
    expect(status.error?.code).toBe('crashed');
    expect(status.error?.message).toMatch(/SIGSEGV/);
    expect(status.error?.message).toContain('tiny-mmproj.gguf');
    // A broken file fails the same way every time, so the first start is not retried.
    expect(status.restarts).toBe(0);
    pids.forEach((pid) => expect(isRunning(pid)).toBe(false));
  });

  it('a mmproj for another model size: mmproj_mismatch naming both files', async () => {
    const { err, status } = await failToStart(createTestEngine(binary!, { mmproj: 'mismatched' }));
    expect(err.engineError?.code).toBe('mmproj_mismatch');
    expect(status.state).toBe('crashed');
    expect(status.error?.message).toContain('tiny-mmproj.gguf');
    expect(status.error?.message).toContain('tiny.gguf');
    expect(status.error?.detail).toMatch(/n_embd = 64.*n_embd = 32/);
  });

  it('a model file that is not there: file_missing naming it', async () => {
    const { status } = await failToStart(createTestEngine(binary!, { model: path.join(os.tmpdir(), 'no-such-model.gguf') }));
    expect(status.error?.code).toBe('file_missing');
    expect(status.error?.message).toContain('no-such-model.gguf');
  });

  it('a model file that is not a GGUF: file_unreadable naming it', async () => {
    const bogus = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bogus-model-')), 'half-download.gguf');
    fs.writeFileSync(bogus, Buffer.alloc(4096, 7));
    const { status } = await failToStart(createTestEngine(binary!, { model: bogus }));
    expect(status.error, JSON.stringify(status.error)).toMatchObject({ code: 'file_unreadable' });
    expect(status.error?.message).toContain('half-download.gguf');
  });
});

describe('engine start without a runnable binary', () => {
  it('rejects at once with a classified reason and leaves the engine crashed', async () => {
    const engine = createTestEngine(path.join(os.tmpdir(), 'no-such-llama-server'));
    const { err, status } = await failToStart(engine);
    expect(err).toBeInstanceOf(EngineUnavailableError);
    expect(status.state).toBe('crashed');
    expect(status.error?.code).toBe('file_missing');
  });
});

describe.skipIf(!binary)('restarts are bounded', () => {
  it('restarts after a crash, then gives up once the allowance is spent', async () => {
    const engine = createTestEngine(binary!, { restart: { maxRestarts: 1, windowMs: 60_000, baseDelayMs: 50, maxDelayMs: 50 } });
    const states: string[] = [];
    engine.supervisor.onStatus((s) => states.push(s.state));
    try {
      await engine.supervisor.start();
      const first = engine.supervisor.status().pid!;
      const crashed = new Promise<void>((resolve) => engine.supervisor.onStatus((s) => s.state === 'crashed' && resolve()));
      process.kill(first, 'SIGKILL');
      await crashed;
      // request() waits through the restart.
      await engine.supervisor.request(async () => undefined);
      const second = engine.supervisor.status();
      expect(second).toMatchObject({ state: 'ready', restarts: 1 });
      const crashedAgain = new Promise<void>((resolve) => engine.supervisor.onStatus((s) => s.state === 'crashed' && resolve()));
      process.kill(second.pid!, 'SIGKILL');
      await crashedAgain;
      expect(engine.supervisor.status()).toMatchObject({
        state: 'crashed',
        restarts: 1,
        error: { code: 'killed', message: expect.stringMatching(/^The engine stopped 2 times within a minute, so it is not restarted again\. The engine was killed from outside \(SIGKILL\)/) },
      });
      await expect(engine.supervisor.request(async () => undefined)).rejects.toBeInstanceOf(EngineUnavailableError);
      expect(isRunning(second.pid)).toBe(false);
      expect(states).toEqual(['starting', 'ready', 'crashed', 'crashed', 'starting', 'ready', 'crashed', 'crashed']);
    } finally {
      await engine.dispose();
    }
  });
});
