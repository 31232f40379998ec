import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBootId, readProcessIdentity } from '../../../../electron/engine/orphans/read-process-identity';
import { reapOrphanedServers } from '../../../../electron/engine/orphans/reap-orphans';
import { serverRecordFileName, type ServerRecord } from '../../../../electron/engine/orphans/server-record';
import { writeServerRecord } from '../../../../electron/engine/orphans/server-record-files';
import { useTestProcesses } from './fixtures';

// Stand-in processes; each test's children are killed afterwards if the reaper left them.
const { recordDir, spawnChild, track } = useTestProcesses('reap-orphans-');

/** Independent of the code under test: kill(0), and a zombie counts as gone. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    return !/^\d+ \(.*\) [ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function deadPid(): Promise<number> {
  const child = spawn('true', [], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('close', resolve));
  return child.pid!;
}

/** A record that describes pid exactly as the OS reports it, owned by a parent that has exited. */
async function recordFor(pid: number, overrides: Partial<ServerRecord> = {}): Promise<ServerRecord> {
  const identity = await readProcessIdentity(pid);
  if (!identity.running || !identity.executable) throw new Error(`test setup: pid ${pid} is not readable`);
  return {
    version: 1,
    pid,
    binary: identity.executable,
    port: 40000,
    startTime: identity.startTime,
    parentPid: await deadPid(),
    bootId: await readBootId(),
    host: os.hostname(),
    launchedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function reap(dir: string, graceMs?: number) {
  const lines: string[] = [];
  const result = await reapOrphanedServers(dir, (line) => lines.push(line), { graceMs });
  return { result, lines };
}

describe.skipIf(process.platform === 'win32')('reapOrphanedServers', () => {
  it('stops a verified orphan with SIGTERM and removes its record', async () => {
    const dir = recordDir();
    const orphan = spawnChild('sleep', ['60']);
    await writeServerRecord(dir, await recordFor(orphan.pid!));
    const { result, lines } = await reap(dir);
    expect(result).toEqual({ reaped: [orphan.pid], dropped: [], kept: [] });
    expect(isAlive(orphan.pid!)).toBe(false);
    expect(orphan.signalCode).toBe('SIGTERM');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(lines.join('\n')).toMatch(new RegExp(`orphaned llama-server pid ${orphan.pid} \\(port 40000.*stopped with SIGTERM: its owner \\(pid \\d+\\) is gone`));
  });

  it('falls back to SIGKILL when the orphan ignores SIGTERM for the grace period', async () => {
    const dir = recordDir();
    const stubborn = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); console.log('ready')"], { stdio: ['ignore', 'pipe', 'ignore'] });
    track(stubborn);
    await new Promise((resolve) => stubborn.stdout!.once('data', resolve)); // its SIGTERM handler is installed
    await writeServerRecord(dir, await recordFor(stubborn.pid!));
    const { result, lines } = await reap(dir, 300);
    expect(result.reaped).toEqual([stubborn.pid]);
    expect(isAlive(stubborn.pid!)).toBe(false);
    expect(lines.join('\n')).toContain('stopped with SIGKILL');
  });

  it('never kills a live process that is not the recorded executable (a `sleep 60` under a llama-server record)', async () => {
    const dir = recordDir();
    const bystander = spawnChild('sleep', ['60']);
    await writeServerRecord(dir, await recordFor(bystander.pid!, { binary: '/opt/listing-studio/bin/llama-server' }));
    const { result, lines } = await reap(dir);
    expect(result).toEqual({ reaped: [], dropped: [bystander.pid], kept: [] });
    expect(isAlive(bystander.pid!)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(lines.join('\n')).toContain(`pid ${bystander.pid} now belongs to another program`);
  });

  it('never kills a recycled pid: same executable, different start time', async () => {
    const dir = recordDir();
    const bystander = spawnChild('sleep', ['60']);
    const record = await recordFor(bystander.pid!);
    await writeServerRecord(dir, { ...record, startTime: `${Number(record.startTime) - 1}` });
    const { result } = await reap(dir);
    expect(result.dropped).toEqual([bystander.pid]);
    expect(isAlive(bystander.pid!)).toBe(true);
  });

  it('leaves a server alone, record included, while its owner is alive (the CLI beside the app)', async () => {
    const dir = recordDir();
    const inUse = spawnChild('sleep', ['60']);
    const me = await readProcessIdentity(process.pid);
    await writeServerRecord(dir, await recordFor(inUse.pid!, { parentPid: process.pid, parentStartTime: me.running ? me.startTime : undefined }));
    const { result, lines } = await reap(dir);
    expect(result).toEqual({ reaped: [], dropped: [], kept: [inUse.pid] });
    expect(isAlive(inUse.pid!)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([serverRecordFileName(inUse.pid!)]);
    expect(lines).toEqual([]);
  });

  it('just removes the record of a server that is already gone', async () => {
    const dir = recordDir();
    const gone = await deadPid();
    await writeServerRecord(dir, { ...(await recordFor(process.pid)), pid: gone });
    const { result, lines } = await reap(dir);
    expect(result).toEqual({ reaped: [], dropped: [gone], kept: [] });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(lines).toEqual([`dropped the record of llama-server pid ${gone}: it is no longer running`]);
  });

  it('removes an unreadable record and still handles the others', async () => {
    const dir = recordDir();
    const orphan = spawnChild('sleep', ['60']);
    await writeServerRecord(dir, await recordFor(orphan.pid!));
    fs.writeFileSync(path.join(dir, serverRecordFileName(1)), '{"version":1,');
    const { result, lines } = await reap(dir);
    expect(result.reaped).toEqual([orphan.pid]);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(lines[0]).toMatch(/^removed unreadable record llama-server-1\.json: not JSON/);
  });

  it('does nothing when no run has left records yet', async () => {
    expect(await reap(recordDir())).toEqual({ result: { reaped: [], dropped: [], kept: [] }, lines: [] });
  });
});
