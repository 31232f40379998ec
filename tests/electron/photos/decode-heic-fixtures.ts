import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { makeTempDir } from './make-test-images';

/**
 * heif-enc (Debian package libheif-examples) writes real HEVC-coded HEIC, as iPhones do. Tests read
 * the committed photos in tests/fixtures/heic instead; this makes new ones (make-heic-fixtures.ts).
 */
export function encodeHeic(jpeg: Buffer, quality = 80): Buffer {
  const dir = makeTempDir('heic-');
  try {
    fs.writeFileSync(path.join(dir, 'in.jpg'), jpeg);
    execFileSync('heif-enc', ['-q', String(quality), '-o', path.join(dir, 'out.heic'), path.join(dir, 'in.jpg')], { stdio: 'pipe' });
    return fs.readFileSync(path.join(dir, 'out.heic'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A photo-like JPEG (fine grain everywhere), which costs libheif as much to decode as a real photo. */
export function makeGrainyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
    .blur(1.5)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A file that starts like a HEIC (ftyp heic) but holds no decodable image. */
export function fakeHeicHeader(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.from('this is not really an image payload'.repeat(10))]);
}

/** The largest pause between ticks of a 5 ms interval while `work` runs, and how long it ran. */
export async function measureEventLoopGaps<T>(work: () => Promise<T>): Promise<{ result: T; durationMs: number; largestGapMs: number; ticks: number }> {
  const gaps = { last: performance.now(), largest: 0, ticks: 0 };
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.largest = Math.max(gaps.largest, now - gaps.last);
    gaps.last = now;
    gaps.ticks++;
  }, 5);
  const start = performance.now();
  try {
    const result = await work();
    const end = performance.now();
    return { result, durationMs: end - start, largestGapMs: Math.max(gaps.largest, end - gaps.last), ticks: gaps.ticks };
  } finally {
    clearInterval(timer);
  }
}
