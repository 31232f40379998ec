import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/core';
import { EngineService } from '../../../../electron/engine/engine-service';
import { findTestLlamaServer } from '../../../helpers/llama-server';
import { tinyModelPair } from '../../../helpers/tiny-model';

const binary = findTestLlamaServer();
const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'start-engine-in-library.ts');

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Gone, or a zombie nobody has reaped yet (PID 1 in a container may not reap). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) [ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * Kills whatever llama-server the library's records still name, so that a failing test (or an
 * owner that restarted its server before being killed) leaves no orphan on the machine.
 */
function killRecordedServers(libraryDir: string): void {
  const dir = path.join(libraryDir, 'engine');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const name of names) {
    const pid = Number(/^llama-server-(\d+)\.json$/.exec(name)?.[1]);
    if (!pid || isGone(pid)) continue;
    let exe = '';
    try {
      exe = fs.readlinkSync(`/proc/${pid}/exe`);
    } catch {
      continue;
    }
    if (exe === fs.realpathSync(binary!)) process.kill(pid, 'SIGKILL');
  }
}

function tempLibrary(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orphan-library-'));
  cleanups.push(() => {
    killRecordedServers(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** A separate Node process (the app or the CLI) that starts the engine on the library; resolves with it and the server pid. */
async function startOwner(libraryDir: string): Promise<{ owner: ChildProcess; serverPid: number }> {
  const files = tinyModelPair();
  const owner = spawn(process.execPath, ['--import', 'tsx', fixture, binary!, libraryDir, files.model, files.mmproj], { stdio: ['ignore', 'pipe', 'inherit'] });
  const serverPid = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: owner.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { pid: number }).pid));
    owner.once('close', (code) => reject(new Error(`owner fixture ended (code ${code}) before printing the server pid`)));
  });
  // Whatever a test leaves running goes: the owner first, then a server it may have orphaned.
  cleanups.push(() => {
    owner.kill('SIGKILL');
    if (!isGone(serverPid)) process.kill(serverPid, 'SIGKILL');
  });
  return { owner, serverPid };
}

async function killOwner(owner: ChildProcess): Promise<void> {
  const closed = new Promise((resolve) => owner.once('close', resolve));
  owner.kill('SIGKILL');
  await closed;
}

function openEngine(libraryDir: string): EngineService {
  const engine = new EngineService({ libraryDir, binary });
  cleanups.push(() => engine.stop());
  return engine;
}

const START = { contextSize: 8192, parallel: 2, gpuLayers: 'auto' as const };
const recordFiles = (libraryDir: string) => fs.readdirSync(path.join(libraryDir, 'engine')).filter((n) => n.endsWith('.json'));
const engineLog = (libraryDir: string) => fs.readFileSync(path.join(libraryDir, 'logs', 'llama-server.log'), 'utf8');

describe.skipIf(!binary || process.platform !== 'linux')('a llama-server orphaned by a SIGKILLed app', () => {
  it('outlives its SIGKILLed owner, and the next engine start on the library stops it', async () => {
    const libraryDir = tempLibrary();
    const { owner, serverPid } = await startOwner(libraryDir);
    expect(recordFiles(libraryDir)).toEqual([`llama-server-${serverPid}.json`]);

    await killOwner(owner);
    // SIGKILL runs no exit handler: the server is now an orphan holding the model.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isGone(serverPid)).toBe(false);

    const engine = openEngine(libraryDir);
    const files = tinyModelPair();
    const status = await engine.start({ model: files.model, mmproj: files.mmproj, ...START });
    expect(isGone(serverPid)).toBe(true);
    expect(status.state).toBe('ready');
    expect(status.pid).not.toBe(serverPid);
    expect(engineLog(libraryDir)).toMatch(new RegExp(`orphaned llama-server pid ${serverPid} \\(port \\d+.*stopped with SIG(TERM|KILL): its owner \\(pid ${owner.pid}\\) is gone`));
    // Only the new server's record is left, and it goes when that server stops.
    expect(recordFiles(libraryDir)).toEqual([`llama-server-${status.pid}.json`]);
    await engine.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(recordFiles(libraryDir)).toEqual([]);
  });

  it('is stopped as soon as the library opens, before any engine starts', async () => {
    const libraryDir = tempLibrary();
    const { owner, serverPid } = await startOwner(libraryDir);
    await killOwner(owner);
    expect(isGone(serverPid)).toBe(false);

    const core = openCore({ libraryDir });
    cleanups.push(() => core.close());
    // Nothing here asks for it: opening the library alone must get rid of the orphan.
    const deadline = Date.now() + 10_000;
    while (!isGone(serverPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isGone(serverPid)).toBe(true);
    await core.engine.reapOrphans();
    expect(core.engine.status().state).toBe('idle');
    expect(recordFiles(libraryDir)).toEqual([]);
  });

  it('leaves the server of a live owner (the CLI beside the app) running', async () => {
    const libraryDir = tempLibrary();
    const { serverPid } = await startOwner(libraryDir);

    const engine = openEngine(libraryDir);
    const files = tinyModelPair();
    const status = await engine.start({ model: files.model, mmproj: files.mmproj, ...START });
    expect(status.state).toBe('ready');
    expect(isGone(serverPid)).toBe(false);
    const health = await fetch(`${engine.current!.baseURL}/health`);
    expect(health.status).toBe(200);
    expect(recordFiles(libraryDir).sort()).toEqual([`llama-server-${serverPid}.json`, `llama-server-${status.pid}.json`].sort());
    expect(engineLog(libraryDir)).not.toContain(`orphaned llama-server pid ${serverPid}`);
  });
});
