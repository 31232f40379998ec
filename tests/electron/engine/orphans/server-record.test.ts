import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServerRecord, serverRecordFileName, type ServerRecord } from '../../../../electron/engine/orphans/server-record';
import { listServerRecordFiles, removeServerRecord, writeServerRecord } from '../../../../electron/engine/orphans/server-record-files';

const RECORD: ServerRecord = {
  version: 1,
  pid: 4100,
  binary: '/opt/listing-studio/bin/llama-server',
  port: 41234,
  startTime: '8849271',
  parentPid: 4000,
  host: 'shop-laptop',
  launchedAt: '2026-11-25T10:00:00.000Z',
};

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-record-'));
  dirs.push(dir);
  return dir;
}

describe('parseServerRecord', () => {
  it('accepts a record it wrote', () => {
    expect(parseServerRecord(JSON.stringify(RECORD))).toEqual({ ok: true, record: RECORD });
  });

  it('names what is wrong with a broken or half-written record', () => {
    expect(parseServerRecord('{"version":1,"pid":')).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
    expect(parseServerRecord(JSON.stringify({ ...RECORD, pid: -3 }))).toMatchObject({ ok: false, reason: expect.stringContaining('pid') });
    expect(parseServerRecord(JSON.stringify({ ...RECORD, binary: undefined }))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });
});

describe('server record files', () => {
  it('writes one file per server pid, lists them, and removes one without touching the other', async () => {
    const dir = path.join(tempDir(), 'engine');
    expect(await listServerRecordFiles(dir)).toEqual([]);
    await writeServerRecord(dir, RECORD);
    await writeServerRecord(dir, { ...RECORD, pid: 4200, parentPid: 4001 });
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a record');
    expect(await listServerRecordFiles(dir)).toEqual([path.join(dir, 'llama-server-4100.json'), path.join(dir, 'llama-server-4200.json')]);
    expect(parseServerRecord(fs.readFileSync(path.join(dir, serverRecordFileName(4100)), 'utf8'))).toEqual({ ok: true, record: RECORD });
    await removeServerRecord(dir, 4100);
    await removeServerRecord(dir, 4100);
    expect(await listServerRecordFiles(dir)).toEqual([path.join(dir, 'llama-server-4200.json')]);
    // No temporary file is left beside the records.
    expect(fs.readdirSync(dir).sort()).toEqual(['llama-server-4200.json', 'notes.txt']);
  });
});
