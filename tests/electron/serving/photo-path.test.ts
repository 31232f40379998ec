import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookUpPhotoFile, parsePhotoUrl } from '../../../electron/serving/photo-path';
import { servePhoto } from '../../../electron/serving/serve-photo';

const sha = '0f'.repeat(32);
let root: string;
let library: string;
let outside: string;

function write(rel: string, content: string): string {
  const file = path.join(library, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-photo-path-'));
  library = path.join(root, 'library');
  outside = path.join(root, 'outside');
  fs.mkdirSync(library);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.jpg'), 'not yours');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('parsePhotoUrl', () => {
  it('reads the variant and a 64-hex sha', () => {
    expect(parsePhotoUrl(`ls-photo://thumb/${sha}`)).toEqual({ variant: 'thumb', sha256: sha });
    expect(parsePhotoUrl(`ls-photo://original/${sha}`)).toEqual({ variant: 'original', sha256: sha });
    expect(parsePhotoUrl(`ls-photo://model/${sha}`)).toEqual({ variant: 'model', sha256: sha });
  });

  it('refuses other schemes, variants, short or non-hex shas, extra segments, queries and dot tricks', () => {
    for (const url of [
      `file://thumb/${sha}`,
      `ls-photo://avatar/${sha}`,
      `ls-photo://thumb/${sha.slice(1)}`,
      `ls-photo://thumb/${sha.toUpperCase()}`,
      `ls-photo://thumb/${'g'.repeat(64)}`,
      `ls-photo://thumb/${sha}/x`,
      `ls-photo://thumb/${sha}.webp`,
      `ls-photo://thumb/${sha}?v=1`,
      'ls-photo://thumb/../../../etc/passwd',
      `ls-photo://thumb/..%2f..%2f${sha}`,
      'ls-photo://thumb/%2e%2e/%2e%2e/outside/secret.jpg',
      `ls-photo://thumb/${sha}%00.webp`,
      'not a url',
    ]) {
      expect(parsePhotoUrl(url), url).toBeNull();
    }
  });
});

describe('lookUpPhotoFile', () => {
  it('finds thumbnails, model inputs and originals (any extension) inside the library', async () => {
    const thumb = write(`thumbs/${sha}.webp`, 't');
    const model = write(`model-input/${sha}.jpg`, 'm');
    const original = write(`originals/0f/${sha}.heic`, 'o');
    const real = (p: string) => fs.realpathSync(p);
    expect(await lookUpPhotoFile(library, `ls-photo://thumb/${sha}`)).toEqual({ ok: true, file: real(thumb), contentType: 'image/webp' });
    expect(await lookUpPhotoFile(library, `ls-photo://model/${sha}`)).toEqual({ ok: true, file: real(model), contentType: 'image/jpeg' });
    expect(await lookUpPhotoFile(library, `ls-photo://original/${sha}`)).toEqual({ ok: true, file: real(original), contentType: 'image/heic' });
  });

  it('answers 404 for a photo that is not there, and 400 for a malformed URL', async () => {
    expect(await lookUpPhotoFile(library, `ls-photo://thumb/${sha}`)).toMatchObject({ ok: false, status: 404 });
    expect(await lookUpPhotoFile(library, `ls-photo://original/${sha}`)).toMatchObject({ ok: false, status: 404 });
    expect(await lookUpPhotoFile(library, 'ls-photo://thumb/../../outside/secret.jpg')).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a symlink inside the library that points outside it', async () => {
    fs.mkdirSync(path.join(library, 'thumbs'));
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(library, 'thumbs', `${sha}.webp`));
    expect(await lookUpPhotoFile(library, `ls-photo://thumb/${sha}`)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses an originals shard folder that is a symlink to a folder outside', async () => {
    fs.mkdirSync(path.join(library, 'originals'));
    fs.copyFileSync(path.join(outside, 'secret.jpg'), path.join(outside, `${sha}.jpg`));
    fs.symlinkSync(outside, path.join(library, 'originals', '0f'));
    expect(await lookUpPhotoFile(library, `ls-photo://original/${sha}`)).toMatchObject({ ok: false, status: 403 });
  });

  it('serves through a library folder that is itself a symlink (both sides are compared as real paths)', async () => {
    write(`thumbs/${sha}.webp`, 't');
    const linked = path.join(root, 'linked-library');
    fs.symlinkSync(library, linked);
    expect(await lookUpPhotoFile(linked, `ls-photo://thumb/${sha}`)).toMatchObject({ ok: true });
  });

  it('does not serve a folder named like a photo', async () => {
    fs.mkdirSync(path.join(library, 'thumbs', `${sha}.webp`), { recursive: true });
    expect(await lookUpPhotoFile(library, `ls-photo://thumb/${sha}`)).toMatchObject({ ok: false, status: 404 });
  });
});

describe('servePhoto', () => {
  it('streams the real file bytes with its content type', async () => {
    write(`originals/0f/${sha}.png`, 'png-bytes');
    const response = await servePhoto(library, new Request(`ls-photo://original/${sha}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(await response.text()).toBe('png-bytes');
  });

  it('answers refusals with their status and no file content, and rejects writes', async () => {
    fs.mkdirSync(path.join(library, 'thumbs'));
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(library, 'thumbs', `${sha}.webp`));
    const refused = await servePhoto(library, new Request(`ls-photo://thumb/${sha}`));
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('not yours');
    const post = await servePhoto(library, new Request(`ls-photo://thumb/${sha}`, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
