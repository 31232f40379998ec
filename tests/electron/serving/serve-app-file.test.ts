import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePage } from '../../../electron/serving/app-page';
import { serveAppFile } from '../../../electron/serving/serve-app-file';

const POLICY = "default-src 'none'; script-src 'self'";
let dir: string;
let outside: string;
let page: ReturnType<typeof appSchemePage> & { kind: 'app' };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-app-scheme-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Listing Studio</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc123.js'), 'console.log(1)');
  outside = path.join(dir, 'secret.txt');
  fs.writeFileSync(outside, 'secret');
  fs.symlinkSync(outside, path.join(renderer, 'assets', 'link.js'));
  page = appSchemePage(renderer) as typeof page;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppFile(page, new Request(url, { method }), POLICY);

describe('serveAppFile', () => {
  it('serves index.html with the CSP header and asks for it again every start', async () => {
    const response = get('ls-app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Listing Studio</title>');
  });

  it('serves hashed assets as immutable, so their compiled code can be kept', async () => {
    const response = get('ls-app://renderer/assets/index-abc123.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses paths that climb out, symlinks that point out, other hosts and writes', async () => {
    for (const url of [
      'ls-app://renderer/..%2fsecret.txt',
      'ls-app://renderer/%2e%2e/secret.txt',
      'ls-app://renderer/assets/link.js',
      'ls-app://renderer/missing.js',
      'ls-app://renderer/%E0%A4%A',
      'ls-app://other/index.html',
    ]) {
      const response = get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect(get('ls-app://renderer/index.html', 'POST').status).toBe(405);
  });
});
