import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readBootId, readProcessIdentity } from '../../../../electron/engine/orphans/read-process-identity';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

function spawnSleep(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

async function deadPid(): Promise<number> {
  const child = spawn('true', [], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('close', resolve));
  return child.pid!;
}

describe.skipIf(process.platform === 'win32')('readProcessIdentity', () => {
  it('names this process\'s real executable and a start time that stays the same', async () => {
    const me = await readProcessIdentity(process.pid);
    expect(me).toMatchObject({ running: true, executable: fs.realpathSync(process.execPath) });
    expect(me.running && me.startTime).toBeTruthy();
    expect(await readProcessIdentity(process.pid)).toEqual(me);
  });

  it('tells two processes apart by start time and executable', async () => {
    const sleep = await readProcessIdentity(spawnSleep());
    const me = await readProcessIdentity(process.pid);
    expect(sleep.running).toBe(true);
    if (!sleep.running || !me.running) return;
    expect(sleep.startTime).not.toBe(me.startTime);
    expect(sleep.executable).not.toBe(me.executable);
    expect(sleep.executable).toMatch(/\/(sleep|coreutils|busybox)$/);
  });

  it('reports a pid that has exited, and nonsense pids, as not running', async () => {
    expect(await readProcessIdentity(await deadPid())).toEqual({ running: false });
    expect(await readProcessIdentity(0)).toEqual({ running: false });
    expect(await readProcessIdentity(-1)).toEqual({ running: false });
  });
});

describe.skipIf(process.platform !== 'linux')('readBootId', () => {
  it('reads the same boot id as the kernel file, and none on other platforms', async () => {
    expect(await readBootId()).toBe(fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    expect(await readBootId('darwin')).toBeUndefined();
  });
});
