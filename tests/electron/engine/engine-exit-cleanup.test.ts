import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { findTestLlamaServer } from '../../helpers/llama-server';

const binary = findTestLlamaServer();
const fixture = path.join(import.meta.dirname, 'fixtures', 'supervise-then-exit.ts');

/** Gone, or a zombie nobody has reaped yet (PID 1 in a container may not reap). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function waitUntilGone(pid: number, ms = 3_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (isGone(pid)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return isGone(pid);
}

/** Runs the fixture, returns the server pid it reported and how the fixture itself ended. */
async function runFixture(how: 'exit' | 'throw' | 'signal', signal?: NodeJS.Signals) {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, binary!, how], { stdio: ['pipe', 'pipe', 'pipe'] });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, sig) => resolve({ code, signal: sig })));
  const firstLine = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('close', () => reject(new Error('fixture ended before printing the server pid')));
  });
  const { pid } = JSON.parse(firstLine) as { pid: number };
  expect(isGone(pid)).toBe(false);
  if (signal) child.kill(signal);
  else child.stdin.write('go\n');
  return { pid, end: await ended };
}

describe.skipIf(!binary)('no llama-server outlives its parent', () => {
  it('kills the server when the parent calls process.exit', async () => {
    const { pid, end } = await runFixture('exit');
    expect(end.code).toBe(0);
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it('kills the server when the parent dies of an uncaught error', async () => {
    const { pid, end } = await runFixture('throw');
    expect(end.code).toBe(1);
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it('kills the server on SIGTERM and SIGINT, and the parent still ends by that signal', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { pid, end } = await runFixture('signal', signal);
      expect(end.signal).toBe(signal);
      expect(await waitUntilGone(pid)).toBe(true);
    }
  });
});
