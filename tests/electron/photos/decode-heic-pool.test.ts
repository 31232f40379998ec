import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createHeicDecoder, startHeicWorker } from '../../../electron/photos/decode-heic-pool';
import { PhotoImportError } from '../../../electron/photos/import-error';
import { readHeicFixture } from '../../fixtures/heic/heic-fixtures';
import { makeTempDir } from './make-test-images';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Stands in for a WebAssembly abort, which no small real file triggers on demand: the thread dies mid-photo. */
function startFakeCrashingWorker(): Promise<Worker> {
  const code = `require('node:worker_threads').parentPort.on('message', () => { throw new Error('fake WASM abort'); });`;
  return Promise.resolve(new Worker(code, { eval: true }));
}

/** The centre pixel's RGB: each test photo has a differently coloured product there. */
function centreColour(decoded: { data: Buffer; width: number; height: number }): number[] {
  const at = (Math.floor(decoded.height / 2) * decoded.width + Math.floor(decoded.width / 2)) * 4;
  return [...decoded.data.subarray(at, at + 3)].map((v) => Math.round(v / 64));
}

describe('createHeicDecoder', () => {
  it('fails only the photo whose worker crashed, then decodes the next one in a fresh worker', async () => {
    const heic = readHeicFixture('red320');
    const starts: string[] = [];
    const decoder = createHeicDecoder({
      maxWorkers: 1,
      startWorker: () => {
        starts.push(starts.length === 0 ? 'fake' : 'real');
        return starts.length === 1 ? startFakeCrashingWorker() : startHeicWorker();
      },
    });
    try {
      const [crashed, next] = await Promise.allSettled([decoder.decode(heic, 1e8), decoder.decode(heic, 1e8)]);
      const err = (crashed as PromiseRejectedResult).reason as PhotoImportError;
      expect(err).toBeInstanceOf(PhotoImportError);
      expect([err.code, err.detail, (err.cause as Error).message]).toEqual(['unsupported', 'HEIC', 'fake WASM abort']);
      expect(next.status).toBe('fulfilled');
      expect((next as PromiseFulfilledResult<{ width: number }>).value.width).toBe(320);
      expect(starts).toEqual(['fake', 'real']);
    } finally {
      await decoder.close();
    }
  });

  it('gives each of several queued photos its own pixels through one worker', async () => {
    const heics = (['red320', 'green320', 'blue320'] as const).map(readHeicFixture);
    const decoder = createHeicDecoder({ maxWorkers: 1 });
    try {
      const decoded = await Promise.all(heics.map((heic) => decoder.decode(heic, 1e8)));
      expect(decoded.map(centreColour)).toEqual([
        [3, 0, 0],
        [0, 3, 0],
        [0, 0, 3],
      ]);
    } finally {
      await decoder.close();
    }
  });

  it('leaves the caller its bytes: only a copy goes to the worker', async () => {
    const heic = readHeicFixture('red320');
    const before = Buffer.from(heic);
    const decoder = createHeicDecoder();
    try {
      await decoder.decode(heic, 1e8);
      expect(heic.equals(before)).toBe(true);
    } finally {
      await decoder.close();
    }
  });

  it('rejects what waits when closed, and starts afresh on the next photo', async () => {
    const heic = readHeicFixture('red320');
    const decoder = createHeicDecoder({ maxWorkers: 1 });
    const waiting = [decoder.decode(heic, 1e8), decoder.decode(heic, 1e8)].map((p) => p.catch((e: unknown) => e));
    await decoder.close();
    for (const outcome of await Promise.all(waiting)) expect((outcome as Error).message).toMatch(/closed before this photo was decoded/);
    expect((await decoder.decode(heic, 1e8)).height).toBe(240);
    await decoder.close();
  });

  it('lets a process that decoded a HEIC exit by itself, after the decode it awaited', async () => {
    const dir = makeTempDir('heic-exit-');
    try {
      const heicPath = path.join(dir, 'IMG_1.heic');
      fs.writeFileSync(heicPath, readHeicFixture('red320'));
      const script = path.join(dir, 'decode-once.mts');
      const decodeHeicModule = path.join(repoRoot, 'electron/photos/decode-heic.ts');
      // No close(): an idle worker must not hold the process open (the 12 s limit is under the 15 s idle
      // stop), nor may a busy one let the process end before the awaited decode (exit code 13).
      fs.writeFileSync(
        script,
        `import fs from 'node:fs';\nimport { decodeHeic } from ${JSON.stringify(decodeHeicModule)};\n` +
          `const d = await decodeHeic(fs.readFileSync(${JSON.stringify(heicPath)}), 1e8);\nconsole.log(\`decoded \${d.width}x\${d.height}\`);\n`,
      );
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8', timeout: 12_000 });
      expect([child.status, child.signal, child.stdout.trim()], child.stderr).toEqual([0, null, 'decoded 320x240']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
