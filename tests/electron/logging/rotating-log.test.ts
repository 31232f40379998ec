import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRotatingLog } from '../../../electron/logging/rotating-log';

describe('openRotatingLog', () => {
  it('rotates at the size limit and keeps only N old files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rotating-log-'));
    const file = path.join(dir, 'logs', 'llama-server.log');
    const log = openRotatingLog(file, { maxBytes: 100, keep: 2 });
    for (let i = 0; i < 20; i++) log.write(`line ${String(i).padStart(2, '0')} ${'x'.repeat(30)}`);
    const names = fs.readdirSync(path.dirname(file)).sort();
    expect(names).toEqual(['llama-server.log', 'llama-server.log.1', 'llama-server.log.2']);
    for (const n of names) expect(fs.statSync(path.join(dir, 'logs', n)).size).toBeLessThanOrEqual(100);
    expect(fs.readFileSync(file, 'utf8')).toContain('line 19');
    expect(fs.readFileSync(`${file}.1`, 'utf8')).not.toContain('line 19');
  });

  it('never writes a redacted secret', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rotating-log-')), 'a.log');
    const log = openRotatingLog(file, { redact: () => ['s3cret-key'] });
    log.write('auth with s3cret-key failed (s3cret-key)');
    expect(fs.readFileSync(file, 'utf8')).toBe('auth with *** failed (***)\n');
  });
});
