import { describe, expect, it } from 'vitest';
import { decideOrphan, type OrphanFacts } from '../../../../electron/engine/orphans/decide-orphan';
import type { ServerRecord } from '../../../../electron/engine/orphans/server-record';
import { SAMPLE_RECORD } from './fixtures';

const RECORD: ServerRecord = SAMPLE_RECORD;

/** The orphan case: the server is the recorded one, its owner is gone. */
const ORPHAN: OrphanFacts = {
  server: { running: true, executable: RECORD.binary, startTime: RECORD.startTime },
  parent: { running: false },
  host: 'shop-laptop',
  bootId: 'boot-a',
  platform: 'linux',
};

describe('decideOrphan', () => {
  it('reaps the recorded server when its owner is gone', () => {
    expect(decideOrphan(RECORD, ORPHAN).action).toBe('reap');
  });

  it('reaps when the owner pid was reused by a process that started later', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, parent: { running: true, executable: '/usr/bin/vim', startTime: '9990000' } }).action).toBe('reap');
  });

  it('keeps a server whose owner (the app or the CLI) is still running', () => {
    const verdict = decideOrphan(RECORD, { ...ORPHAN, parent: { running: true, executable: '/usr/bin/node', startTime: RECORD.parentStartTime } });
    expect(verdict).toEqual({ action: 'keep', reason: 'its owner (pid 4000) is still running' });
  });

  it('keeps it when the owner is alive but its start time cannot be read', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, parent: { running: true } }).action).toBe('keep');
    expect(decideOrphan({ ...RECORD, parentStartTime: undefined }, { ...ORPHAN, parent: { running: true, startTime: '1' } }).action).toBe('keep');
  });

  it('drops the record of a server that is no longer running', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, server: { running: false } })).toEqual({ action: 'drop', reason: 'it is no longer running' });
  });

  it('never reaps a pid that now runs another program', () => {
    const verdict = decideOrphan(RECORD, { ...ORPHAN, server: { running: true, executable: '/usr/bin/sleep', startTime: RECORD.startTime } });
    expect(verdict.action).toBe('drop');
    expect(verdict.reason).toContain('/usr/bin/sleep');
  });

  it('never reaps a recycled pid, even one running the same llama-server binary', () => {
    const verdict = decideOrphan(RECORD, { ...ORPHAN, server: { running: true, executable: RECORD.binary, startTime: '9990000' } });
    expect(verdict).toEqual({ action: 'drop', reason: 'pid 4100 now belongs to a later llama-server' });
  });

  it('never reaps what it cannot verify: unreadable executable or start time on either side', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, server: { running: true, startTime: RECORD.startTime } }).action).toBe('drop');
    expect(decideOrphan(RECORD, { ...ORPHAN, server: { running: true, executable: RECORD.binary } }).action).toBe('drop');
    expect(decideOrphan({ ...RECORD, startTime: undefined }, ORPHAN).action).toBe('drop');
  });

  it('drops every record from before a reboot', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, bootId: 'boot-b' })).toEqual({ action: 'drop', reason: 'the computer has restarted since' });
  });

  it('leaves records made on another computer (a library on a shared drive) alone', () => {
    expect(decideOrphan(RECORD, { ...ORPHAN, host: 'back-office' }).action).toBe('keep');
  });

  it('compares Windows paths without regard to case, and other paths exactly', () => {
    const record = { ...RECORD, binary: 'C:\\Program Files\\Listing Studio\\resources\\bin\\llama-server.exe', bootId: undefined };
    const server = { running: true as const, executable: 'c:\\program files\\listing studio\\resources\\bin\\LLAMA-SERVER.EXE', startTime: RECORD.startTime };
    expect(decideOrphan(record, { ...ORPHAN, server, platform: 'win32' }).action).toBe('reap');
    expect(decideOrphan(record, { ...ORPHAN, server, platform: 'darwin' }).action).toBe('drop');
  });
});
