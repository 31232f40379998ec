import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeHeic } from '../../../electron/photos/decode-heic';
import { detectImageFormat } from '../../../electron/photos/image-format';
import { describeImportError, PhotoImportError } from '../../../electron/photos/import-error';
import { renderRenditions } from '../../../electron/photos/render-renditions';
import { makeProductShot, makeTempDir } from './make-test-images';

/** heif-enc (Debian package libheif-examples) writes real HEVC-coded HEIC, as iPhones do. */
const heifEnc = spawnSync('heif-enc', ['--help']).error ? null : 'heif-enc';
// .ci/run installs heif-enc: there a missing tool is a failure, not a quiet skip.
if (!heifEnc && process.env.CI) throw new Error('decode-heic: heif-enc is missing on CI (apt-get install -y libheif-examples)');
if (!heifEnc) console.log('decode-heic: real HEIC tests skipped: heif-enc not found (apt-get install -y libheif-examples)');

async function encodeHeic(jpeg: Buffer): Promise<Buffer> {
  const dir = makeTempDir('heic-');
  try {
    fs.writeFileSync(path.join(dir, 'in.jpg'), jpeg);
    execFileSync(heifEnc!, ['-q', '80', '-o', path.join(dir, 'out.heic'), path.join(dir, 'in.jpg')], { stdio: 'pipe' });
    return fs.readFileSync(path.join(dir, 'out.heic'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A file that starts like a HEIC (ftyp heic) but holds no decodable image. */
function fakeHeicHeader(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.from('this is not really an image payload'.repeat(10))]);
}

describe('decodeHeic', () => {
  it('detects an invalid HEIC as HEIC, then fails with an unsupported-HEIC error the owner can act on', async () => {
    const bytes = fakeHeicHeader();
    expect(detectImageFormat(bytes)).toEqual({ kind: 'image', format: 'heic' });
    const err = await decodeHeic(bytes, 100_000_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoImportError);
    expect([(err as PhotoImportError).code, (err as PhotoImportError).detail]).toEqual(['unsupported', 'HEIC']);
    expect(describeImportError('/x/IMG_9.heic', 'unsupported', 'HEIC')).toMatch(/^IMG_9\.heic: this HEIC photo could not be decoded; export it as JPEG/);
  });

  it.skipIf(!heifEnc)('decodes a real HEVC-coded HEIC into RGBA pixels', async () => {
    const heic = await encodeHeic(await makeProductShot({ width: 320, height: 240, product: '#d01010' }));
    expect(detectImageFormat(heic)).toEqual({ kind: 'image', format: 'heic' });
    const decoded = await decodeHeic(heic, 100_000_000);
    expect([decoded.width, decoded.height, decoded.channels, decoded.opaque]).toEqual([320, 240, 4, true]);
    const centre = (120 * 320 + 160) * 4;
    expect(decoded.data[centre]).toBeGreaterThan(170);
    expect(decoded.data[centre + 1]).toBeLessThan(60);
  });

  it.skipIf(!heifEnc)('refuses a HEIC above the pixel cap from its header', async () => {
    const heic = await encodeHeic(await makeProductShot({ width: 320, height: 240 }));
    const err = await decodeHeic(heic, 320 * 240 - 1).catch((e: unknown) => e);
    expect((err as PhotoImportError).code).toBe('too_large');
  });

  it.skipIf(!heifEnc)('renders thumbnail, model input and a red palette from a real HEIC', async () => {
    const heic = await encodeHeic(await makeProductShot({ width: 1280, height: 960, product: '#d01010' }));
    const out = await renderRenditions(heic, 'heic');
    expect([out.width, out.height]).toEqual([1280, 960]);
    const model = await sharp(out.modelInputJpeg).metadata();
    expect([model.width, model.height, model.channels]).toEqual([1024, 768, 3]);
    const thumb = await sharp(out.thumbnailWebp).metadata();
    expect([thumb.width, thumb.height, thumb.hasAlpha]).toEqual([320, 240, false]);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(out.palette[0]!.hex.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(170);
    expect(Math.max(g!, b!)).toBeLessThan(60);
    expect(out.palette[0]!.share).toBeGreaterThan(0.8);
  });
});
