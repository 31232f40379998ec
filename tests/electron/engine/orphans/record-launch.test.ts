import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProcessIdentity } from '../../../../electron/engine/orphans/read-process-identity';
import { recordLaunch } from '../../../../electron/engine/orphans/record-launch';
import { parseServerRecord, serverRecordFileName } from '../../../../electron/engine/orphans/server-record';
import { useTestProcesses } from './fixtures';

const { recordDir, spawnChild } = useTestProcesses('record-launch-');

function spawnSleep(): { child: ChildProcess; exited: Promise<unknown> } {
  const child = spawnChild('sleep', ['60']);
  return { child, exited: new Promise((resolve) => child.once('close', resolve)) };
}

const which = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

describe.skipIf(process.platform === 'win32')('recordLaunch', () => {
  it('records the server as the OS sees it, owned by this process, and removes the record when it exits', async () => {
    const dir = recordDir();
    const { child, exited } = spawnSleep();
    const lines: string[] = [];
    await recordLaunch(dir, { pid: child.pid!, binary: which('sleep'), port: 41000, exited }, (l) => lines.push(l));
    const file = path.join(dir, serverRecordFileName(child.pid!));
    const parsed = parseServerRecord(fs.readFileSync(file, 'utf8'));
    const [server, me] = [await readProcessIdentity(child.pid!), await readProcessIdentity(process.pid)];
    expect(parsed.ok && server.running && me.running).toBe(true);
    if (!parsed.ok || !server.running || !me.running) return;
    expect(parsed.record).toMatchObject({
      pid: child.pid,
      binary: server.executable,
      port: 41000,
      startTime: server.startTime,
      parentPid: process.pid,
      parentStartTime: me.startTime,
      host: os.hostname(),
    });

    child.kill('SIGTERM');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(file)).toBe(false);
    expect(lines).toEqual([]);
  });

  it('writes nothing for a server that has already exited', async () => {
    const dir = recordDir();
    const { child, exited } = spawnSleep();
    child.kill('SIGKILL');
    await exited;
    await recordLaunch(dir, { pid: child.pid!, binary: which('sleep'), port: 41000, exited }, () => {});
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('removes the record when its owner calls process.exit (the exit guard kills the server then)', () => {
    const dir = recordDir();
    const module = path.resolve(import.meta.dirname, '../../../../electron/engine/orphans/record-launch.ts');
    const script = [
      `import { spawn } from 'node:child_process';`,
      `import fs from 'node:fs';`,
      `import { recordLaunch } from ${JSON.stringify(module)};`,
      `const child = spawn('sleep', ['60'], { stdio: 'ignore' });`,
      `process.on('exit', () => child.kill('SIGKILL'));`,
      `await recordLaunch(${JSON.stringify(dir)}, { pid: child.pid, binary: ${JSON.stringify(which('sleep'))}, port: 1, exited: new Promise(() => {}) }, console.error);`,
      `console.log(fs.readdirSync(${JSON.stringify(dir)}).join(','));`,
      `process.exit(0);`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^llama-server-\d+\.json$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
