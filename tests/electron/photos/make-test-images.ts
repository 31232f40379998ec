import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** A fresh temporary folder for one test. */
export function makeTempDir(prefix = 'photos-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A product shot: a `product`-coloured square in the middle of a `backdrop`-coloured frame, with a
 * little noise so that each seed gives different bytes.
 */
export async function makeProductShot(opts: {
  width?: number;
  height?: number;
  backdrop?: string;
  product?: string;
  seed?: number;
  format?: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif';
}): Promise<Buffer> {
  const width = opts.width ?? 600;
  const height = opts.height ?? 400;
  const side = Math.round(Math.min(width, height) / 2);
  const square = await sharp({ create: { width: side, height: side, channels: 3, background: opts.product ?? '#d01010' } })
    .png()
    .toBuffer();
  // A one-pixel mark whose position depends on the seed keeps otherwise equal images distinct.
  const seed = opts.seed ?? 0;
  const mark = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#404040' } }).png().toBuffer();
  const img = sharp({ create: { width, height, channels: 3, background: opts.backdrop ?? '#ffffff' } }).composite([
    { input: square, left: Math.round((width - side) / 2), top: Math.round((height - side) / 2) },
    { input: mark, left: seed % width, top: Math.floor(seed / width) % height },
  ]);
  switch (opts.format ?? 'jpeg') {
    case 'png':
      return img.png().toBuffer();
    case 'webp':
      return img.webp().toBuffer();
    case 'avif':
      return img.avif().toBuffer();
    case 'tiff':
      return img.tiff().toBuffer();
    case 'gif':
      return img.gif().toBuffer();
    case 'jpeg':
      return img.jpeg({ quality: 90 }).toBuffer();
  }
}

/**
 * Rewrites the size in a JPEG's SOF0 header without touching the pixels: a small file that claims
 * to be huge, the shape of a decompression bomb.
 */
export function withJpegHeaderSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let i = 2; i + 9 < out.length; i++) {
    if (out[i] === 0xff && (out[i + 1] === 0xc0 || out[i + 1] === 0xc2)) {
      out.writeUInt16BE(height, i + 5);
      out.writeUInt16BE(width, i + 7);
      return out;
    }
  }
  throw new Error('no SOF marker in the test JPEG');
}

/** Every file under a folder, relative to it. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}
