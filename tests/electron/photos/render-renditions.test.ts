import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MODEL_INPUT_LONG_SIDE, renderRenditions, THUMBNAIL_LONG_SIDE } from '../../../electron/photos/render-renditions';
import { PhotoImportError } from '../../../electron/photos/import-error';
import { makeProductShot, withJpegHeaderSize } from './make-test-images';

/** A JPEG stored sideways with EXIF orientation 6 (display rotated 90° clockwise), red mark top-left. */
async function sidewaysJpeg(): Promise<Buffer> {
  const mark = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#ffffff' } })
    .composite([{ input: mark, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Copyright: 'shop' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .toBuffer();
}

async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

const GPS_IFD_TAG = Buffer.from([0x25, 0x88]);

describe('renderRenditions', () => {
  it('orients by EXIF: stored size, rendition sizes and pixel positions are upright', async () => {
    const out = await renderRenditions(await sidewaysJpeg(), 'jpeg');
    expect([out.width, out.height]).toEqual([1200, 1600]);

    const model = await sharp(out.modelInputJpeg).metadata();
    expect([model.format, model.width, model.height]).toEqual(['jpeg', 768, MODEL_INPUT_LONG_SIDE]);
    const thumb = await sharp(out.thumbnailWebp).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 240, THUMBNAIL_LONG_SIDE]);

    // Rotating 90° clockwise moves the top-left mark to the top-right corner.
    const [r, g, b] = await pixelAt(out.modelInputJpeg, 768 - 10, 10);
    expect(r).toBeGreaterThan(200);
    expect(g! + b!).toBeLessThan(80);
    const [, g2] = await pixelAt(out.modelInputJpeg, 10, 10);
    expect(g2).toBeGreaterThan(200);
  });

  it('strips EXIF (GPS included), ICC and XMP from both renditions', async () => {
    const input = await sidewaysJpeg();
    expect((await sharp(input).metadata()).exif?.includes(GPS_IFD_TAG)).toBe(true);
    const out = await renderRenditions(input, 'jpeg');
    for (const rendition of [out.modelInputJpeg, out.thumbnailWebp]) {
      const meta = await sharp(rendition).metadata();
      expect([meta.exif, meta.icc, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
  });

  it('never upscales a small photo', async () => {
    const out = await renderRenditions(await makeProductShot({ width: 200, height: 150 }), 'jpeg');
    expect([out.width, out.height]).toEqual([200, 150]);
    const model = await sharp(out.modelInputJpeg).metadata();
    const thumb = await sharp(out.thumbnailWebp).metadata();
    expect([model.width, model.height, thumb.width, thumb.height]).toEqual([200, 150, 200, 150]);
  });

  it('measures the palette on the product, not the white backdrop', async () => {
    const out = await renderRenditions(await makeProductShot({ width: 800, height: 600, product: '#1030c0' }), 'jpeg');
    const [first] = out.palette;
    expect(first).toBeDefined();
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(first!.hex.slice(i, i + 2), 16));
    expect(b! - Math.max(r!, g!)).toBeGreaterThan(100);
    expect(first!.share).toBeGreaterThan(0.8);
  });

  it.each(['png', 'webp', 'avif', 'tiff', 'gif'] as const)('renders %s input', async (format) => {
    const out = await renderRenditions(await makeProductShot({ width: 300, height: 200, format }), format);
    expect([out.width, out.height]).toEqual([300, 200]);
    expect((await sharp(out.modelInputJpeg).metadata()).format).toBe('jpeg');
    expect((await sharp(out.thumbnailWebp).metadata()).format).toBe('webp');
  });

  it('uses the first frame of an animated GIF', async () => {
    const green = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#00c000' } }).png().toBuffer();
    const blue = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#0000c0' } }).png().toBuffer();
    const gif = await sharp([green, blue], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const out = await renderRenditions(gif, 'gif');
    expect([out.width, out.height]).toEqual([40, 40]);
    const [r, g, b] = await pixelAt(out.modelInputJpeg, 20, 20);
    expect(g).toBeGreaterThan(150);
    expect(r! + b!).toBeLessThan(80);
  });

  it('flattens transparency onto white for the JPEG model input', async () => {
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const out = await renderRenditions(png, 'png');
    expect(await pixelAt(out.modelInputJpeg, 25, 25)).toEqual([255, 255, 255]);
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const bomb = withJpegHeaderSize(await makeProductShot({ width: 64, height: 48 }), 20_000, 20_000);
    const err = await renderRenditions(bomb, 'jpeg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoImportError);
    expect((err as PhotoImportError).code).toBe('too_large');
    expect((err as PhotoImportError).detail).toBe('20000×20000 pixels');
  });

  it('reports a truncated JPEG as corrupt', async () => {
    const jpeg = await makeProductShot({ width: 800, height: 600 });
    const err = await renderRenditions(jpeg.subarray(0, jpeg.length >> 1), 'jpeg').catch((e: unknown) => e);
    expect((err as PhotoImportError).code).toBe('corrupt');
  });
});
