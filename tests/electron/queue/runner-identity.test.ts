import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRunnerAlive, newRunnerId } from '../../../electron/queue/runner-identity';

describe('isRunnerAlive', () => {
  const self = { host: 'shop-mac', pid: 4242, activeTokens: new Set(['live']) };

  it('trusts a runner on another host (its lease decides)', () => {
    expect(isRunnerAlive('other-host:1:abc', self, () => false)).toBe(true);
  });

  it('asks the OS about another process on this host', () => {
    expect(isRunnerAlive('shop-mac:77:abc', self, (pid) => pid === 77)).toBe(true);
    expect(isRunnerAlive('shop-mac:78:abc', self, (pid) => pid === 77)).toBe(false);
  });

  it('counts only registered runners of this very process', () => {
    expect(isRunnerAlive('shop-mac:4242:live', self, () => true)).toBe(true);
    expect(isRunnerAlive('shop-mac:4242:gone', self, () => true)).toBe(false);
  });

  it('treats a missing or garbled runner as gone', () => {
    expect(isRunnerAlive(null, self)).toBe(false);
    expect(isRunnerAlive('shop-mac:x:abc', self)).toBe(false);
  });

  it('keeps host names that contain colons intact', () => {
    expect(isRunnerAlive('fe80::1:4242:live', { ...self, host: 'fe80::1' })).toBe(true);
  });

  it('sees a real exited process as dead and this one as alive', () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid!;
    const here = { host: 'h', pid: -1, activeTokens: new Set<string>() };
    expect(isRunnerAlive(`h:${exited}:t`, here)).toBe(false);
    expect(isRunnerAlive(`h:${process.pid}:t`, here)).toBe(true);
  });

  it('makes ids that name this host and pid', () => {
    const { id, token } = newRunnerId('box', 12);
    expect(id).toBe(`box:12:${token}`);
  });
});
