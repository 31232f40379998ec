import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../../tooling/llama-server-build/build-lock';

describe('withBuildLock', () => {
  it('runs two builds of the same key one after the other, never together', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    const lock = path.join(dir, 'key.lock');
    const events: string[] = [];
    const build = (name: string) =>
      withBuildLock(lock, async () => {
        events.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 300));
        events.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([build('a'), build('b')]);
    expect(results).toEqual(['a', 'b']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    const lock = path.join(dir, 'key.lock');
    fs.writeFileSync(lock, '999999999');
    await expect(withBuildLock(lock, async () => 'built')).resolves.toBe('built');
  });

  it('releases the lock when the build fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    const lock = path.join(dir, 'key.lock');
    await expect(withBuildLock(lock, async () => Promise.reject(new Error('cmake failed')))).rejects.toThrow('cmake failed');
    expect(fs.existsSync(lock)).toBe(false);
  });
});
