import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ServerRecord } from '../../../../electron/engine/orphans/server-record';

/** A record as a launch on 'shop-laptop' writes it; tests spread it and change what they test. */
export const SAMPLE_RECORD: ServerRecord = {
  version: 1,
  pid: 4100,
  binary: '/opt/listing-studio/bin/llama-server',
  port: 41234,
  startTime: '8849271',
  parentPid: 4000,
  parentStartTime: '8849000',
  bootId: 'boot-a',
  host: 'shop-laptop',
  launchedAt: '2026-11-25T10:00:00.000Z',
};

/**
 * Temp record folders and stand-in child processes for one test file, all removed and killed
 * after each test (a child the code under test already stopped is killed harmlessly again).
 */
export function useTestProcesses(prefix: string) {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    children.splice(0).forEach((c) => c.kill('SIGKILL'));
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });
  return {
    /** <temp>/engine, not created yet, as in a fresh library. */
    recordDir(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return path.join(dir, 'engine');
    },
    spawnChild(command: string, args: string[]): ChildProcess {
      const child = spawn(command, args, { stdio: 'ignore' });
      children.push(child);
      return child;
    },
    /** For a child spawned elsewhere that the test must not leave running. */
    track(child: ChildProcess): void {
      children.push(child);
    },
  };
}
