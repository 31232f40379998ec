import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { readRequestToken, tokensMatch } from '../../../electron/dev-host/check-token';
import { startDevHost, type DevHost } from '../../../electron/dev-host/create-dev-host';
import { safeFileName } from '../../../electron/dev-host/stage-upload';

/** The browser test host over a real core: token checks, the page's files, photos, uploads and rpc. */
let tmp: string;
let core: Core;
let host: DevHost;
let thumbPath: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-host-test-'));
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>page</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside');
  core = openCore({ libraryDir: path.join(tmp, 'library') });
  const photos = path.join(tmp, 'photos');
  fs.mkdirSync(photos);
  await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } }).jpeg().toFile(path.join(photos, 'MUG.jpg'));
  host = await startDevHost({ core, rendererDir, uploadsDir: path.join(tmp, 'uploads'), token: 'test-token-123' });
  const imported = await rpc('library.import', { paths: [photos] });
  const productId = (imported.value as { productIds: number[] }).productIds[0]!;
  const list = await rpc('products.photos', { productId });
  thumbPath = ((list.value as { thumbnailUrl: string }[])[0]!.thumbnailUrl).replace('ls-photo://', '/photo/');
});

afterAll(async () => {
  await host.close();
  core.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function rpc(route: string, input: unknown, token = 'test-token-123') {
  const res = await fetch(`${host.origin}/rpc/${route}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: res.status, ...((res.headers.get('content-type') ?? '').includes('json') ? ((await res.json()) as { ok: boolean; value?: unknown }) : { ok: false }) };
}

describe('tokensMatch', () => {
  it('accepts only the exact token', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abd')).toBe(false);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('abc', '')).toBe(false);
    expect(tokensMatch('abc', null)).toBe(false);
  });

  it('reads the bearer header first, then ?token=', () => {
    expect(readRequestToken('Bearer a', new URL('http://x/?token=b'))).toBe('a');
    expect(readRequestToken(undefined, new URL('http://x/?token=b'))).toBe('b');
    expect(readRequestToken('Basic a', new URL('http://x/'))).toBeNull();
  });
});

describe('startDevHost', () => {
  it('listens on 127.0.0.1 only and puts the token in the page link hash', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.pageUrl).toBe(`${host.origin}/#token=test-token-123`);
  });

  it('answers routes through the real handlers with the token, and 401 without or with a wrong one', async () => {
    expect(await rpc('app.info', {})).toMatchObject({ status: 200, ok: true, value: { libraryDir: core.libraryDir } });
    expect((await rpc('app.info', {}, 'wrong')).status).toBe(401);
    const bare = await fetch(`${host.origin}/rpc/app.info`, { method: 'POST', body: '{}' });
    expect(bare.status).toBe(401);
  });

  it('returns contract errors as data, and the dialogs as "needs the desktop app"', async () => {
    expect(await rpc('drafts.get', { productId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await rpc('dialog.openPhotos', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('desktop app') } });
  });

  it('serves the built page with the production CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<title>page</title>');
    expect((await fetch(`${host.origin}/assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${host.origin}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${host.origin}/assets/..%2F..%2Fsecret.txt`)).status).toBe(404);
  });

  it('serves a photo by its ls-photo path with the token, and refuses bad shas and missing tokens', async () => {
    const ok = await fetch(`${host.origin}${thumbPath}?token=test-token-123`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await ok.arrayBuffer())).metadata()).format).toBe('webp');
    expect((await fetch(`${host.origin}${thumbPath}`)).status).toBe(401);
    expect((await fetch(`${host.origin}/photo/thumb/..%2F..%2Fsecret?token=test-token-123`)).status).toBe(400);
    expect((await fetch(`${host.origin}/photo/thumb/${'0'.repeat(64)}?token=test-token-123`)).status).toBe(404);
  });

  it('writes an uploaded file under the uploads folder by its base name only', async () => {
    const res = await fetch(`${host.origin}/upload/batch1/${encodeURIComponent('../../evil.jpg')}`, { method: 'POST', headers: { authorization: 'Bearer test-token-123' }, body: 'bytes' });
    const { path: written } = (await res.json()) as { path: string };
    expect(written).toBe(path.join(tmp, 'uploads', 'batch1', 'evil.jpg'));
    expect(fs.readFileSync(written, 'utf8')).toBe('bytes');
    expect((await fetch(`${host.origin}/upload/..%2Fx/a.jpg`, { method: 'POST', headers: { authorization: 'Bearer test-token-123' }, body: 'x' })).status).toBe(400);
  });

  it('streams events to the page as named server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/events?token=test-token-123`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read();
    const photos = path.join(tmp, 'more');
    fs.mkdirSync(photos);
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#aa0000' } }).png().toFile(path.join(photos, 'RED.png'));
    await rpc('library.import', { paths: [photos] });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toMatch(/^event: library\.importProgress\ndata: \{"done":1,"total":1,/);
    controller.abort();
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment and refuses dot names and empty ones', () => {
    expect(safeFileName('a/b/photo.jpg')).toBe('photo.jpg');
    expect(safeFileName('..\\x.png')).toBe('x.png');
    expect(safeFileName('..')).toBeNull();
    expect(safeFileName('.hidden')).toBeNull();
    expect(safeFileName('')).toBeNull();
  });
});
