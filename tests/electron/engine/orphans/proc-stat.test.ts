import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDeadState, parseProcStat } from '../../../../electron/engine/orphans/proc-stat';

// A real line from a llama-server (fields after starttime trimmed for width, which the parser must not need).
const LLAMA_LINE = '48213 (llama-server) S 48190 48190 31877 0 -1 4194560 91540 0 0 0 312 41 0 0 20 0 9 0 8849271 2871562240 101533';

describe('parseProcStat', () => {
  it('reads pid, name, state, parent and the start time (field 22) in clock ticks', () => {
    expect(parseProcStat(LLAMA_LINE)).toEqual({ pid: 48213, comm: 'llama-server', state: 'S', ppid: 48190, startTicks: '8849271' });
  });

  it('counts fields from the last parenthesis, so a name with spaces and ")" does not shift them', () => {
    const line = '77 (evil) S 1 (x) Z 12 77 77 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 5555 1000 10';
    expect(parseProcStat(line)).toEqual({ pid: 77, comm: 'evil) S 1 (x', state: 'Z', ppid: 12, startTicks: '5555' });
  });

  it('rejects text that is not a stat line, or is cut short before field 22', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('no parentheses here')).toBeUndefined();
    expect(parseProcStat('12 (short) S 1 2 3')).toBeUndefined();
  });

  it.skipIf(process.platform !== 'linux')('parses this process\'s own /proc/self/stat', () => {
    const stat = parseProcStat(fs.readFileSync('/proc/self/stat', 'utf8'));
    expect(stat?.pid).toBe(process.pid);
    expect(stat?.ppid).toBe(process.ppid);
    expect(stat?.state).toBe('R');
    expect(Number(stat?.startTicks)).toBeGreaterThan(0);
    // Field 22 is fixed for the life of the process.
    expect(parseProcStat(fs.readFileSync(`/proc/${process.pid}/stat`, 'utf8'))?.startTicks).toBe(stat?.startTicks);
  });
});

describe('isDeadState', () => {
  it('treats zombies and dead entries as gone, everything else as running', () => {
    expect(['Z', 'X'].map(isDeadState)).toEqual([true, true]);
    expect(['R', 'S', 'D', 'T', 'I'].map(isDeadState)).toEqual([false, false, false, false, false]);
  });
});
