import heicDecode from 'heic-decode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHeicDecoder, decodeHeic } from '../../../electron/photos/decode-heic';
import { detectImageFormat } from '../../../electron/photos/image-format';
import { describeImportError, PhotoImportError } from '../../../electron/photos/import-error';
import { renderRenditions } from '../../../electron/photos/render-renditions';
import { readHeicFixture } from '../../fixtures/heic/heic-fixtures';
import { fakeHeicHeader, measureEventLoopGaps } from './decode-heic-fixtures';

/** What the main thread computed before decoding moved to a worker: heic-decode, in this thread. */
async function decodeInThisThread(bytes: Buffer): Promise<Buffer> {
  const decoded = await heicDecode({ buffer: bytes });
  return Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength);
}

afterAll(() => closeHeicDecoder());

describe('decodeHeic', () => {
  it('detects an invalid HEIC as HEIC, then fails with an unsupported-HEIC error the owner can act on', async () => {
    const bytes = fakeHeicHeader();
    expect(detectImageFormat(bytes)).toEqual({ kind: 'image', format: 'heic' });
    const err = await decodeHeic(bytes, 100_000_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoImportError);
    expect([(err as PhotoImportError).code, (err as PhotoImportError).detail]).toEqual(['unsupported', 'HEIC']);
    expect(describeImportError('/x/IMG_9.heic', 'unsupported', 'HEIC')).toMatch(/^IMG_9\.heic: this HEIC photo could not be decoded; export it as JPEG/);
  });

  it('decodes a real HEVC-coded HEIC into RGBA pixels', async () => {
    const heic = readHeicFixture('red320');
    expect(detectImageFormat(heic)).toEqual({ kind: 'image', format: 'heic' });
    const decoded = await decodeHeic(heic, 100_000_000);
    expect([decoded.width, decoded.height, decoded.channels, decoded.opaque]).toEqual([320, 240, 4, true]);
    expect(Buffer.isBuffer(decoded.data)).toBe(true);
    const centre = (120 * 320 + 160) * 4;
    expect(decoded.data[centre]).toBeGreaterThan(170);
    expect(decoded.data[centre + 1]).toBeLessThan(60);
  });

  it('refuses a HEIC above the pixel cap from its header', async () => {
    const heic = readHeicFixture('red320');
    const err = await decodeHeic(heic, 320 * 240 - 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhotoImportError);
    expect([(err as PhotoImportError).code, (err as PhotoImportError).detail]).toEqual(['too_large', '320×240 pixels']);
  });

  it('answers a corrupt HEIC with an error and the good HEIC after it with its pixels', async () => {
    const good = readHeicFixture('blue320');
    // Cut short, as a photo copied off a phone that was unplugged too soon.
    const corrupt = good.subarray(0, Math.floor(good.length * 0.6));
    const [first, second] = await Promise.allSettled([decodeHeic(corrupt, 100_000_000), decodeHeic(good, 100_000_000)]);
    expect(first.status).toBe('rejected');
    expect(((first as PromiseRejectedResult).reason as PhotoImportError).code).toBe('unsupported');
    expect(second.status).toBe('fulfilled');
    const decoded = (second as PromiseFulfilledResult<Awaited<ReturnType<typeof decodeHeic>>>).value;
    const centre = (120 * 320 + 160) * 4;
    expect([decoded.width, decoded.height, decoded.data[centre + 2]! > 170, decoded.data[centre]! < 60]).toEqual([320, 240, true, true]);
  });

  it('renders thumbnail, model input and a red palette from a real HEIC', async () => {
    const heic = readHeicFixture('red1280');
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

describe('decodeHeic on a photo-sized HEIC', () => {
  const photo: { heic?: Buffer } = {};
  beforeAll(() => {
    photo.heic = readHeicFixture('grain2016');
  });

  it('gives exactly the pixels the in-thread decode gave', async () => {
    const decoded = await decodeHeic(photo.heic!, 100_000_000);
    expect([decoded.width, decoded.height]).toEqual([2016, 1512]);
    expect(decoded.data.equals(await decodeInThisThread(photo.heic!))).toBe(true);
  });

  it('keeps the event loop ticking while it decodes, which the in-thread decode did not', async () => {
    await decodeHeic(photo.heic!, 100_000_000); // the worker is started and warm: only the decode is measured
    const inWorker = await measureEventLoopGaps(() => decodeHeic(photo.heic!, 100_000_000));
    const inThread = await measureEventLoopGaps(() => decodeInThisThread(photo.heic!));
    console.log(
      `decode-heic: 2016×1512 HEIC: worker ${inWorker.durationMs.toFixed(0)} ms, largest event-loop gap ${inWorker.largestGapMs.toFixed(0)} ms, ${inWorker.ticks} ticks;` +
        ` in-thread ${inThread.durationMs.toFixed(0)} ms, largest gap ${inThread.largestGapMs.toFixed(0)} ms, ${inThread.ticks} ticks`,
    );
    expect(inWorker.result.width).toBe(2016);
    expect(inWorker.largestGapMs).toBeLessThan(inWorker.durationMs / 2);
    // The control: the same measure does see a blocked loop, so the check above can fail.
    expect(inThread.largestGapMs).toBeGreaterThan(inThread.durationMs / 2);
  });
});
