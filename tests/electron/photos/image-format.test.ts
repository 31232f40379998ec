import { describe, expect, it } from 'vitest';
import { detectImageFormat } from '../../../electron/photos/image-format';
import { makeProductShot } from './make-test-images';

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + compatible.length * 4;
  const box = Buffer.alloc(size + 8);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((b, i) => box.write(b, 16 + i * 4, 'latin1'));
  return box;
}

describe('detectImageFormat', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] as const)('recognises a real %s file by its bytes', async (format) => {
    const bytes = await makeProductShot({ width: 40, height: 30, format });
    expect(detectImageFormat(bytes.subarray(0, 64))).toEqual({ kind: 'image', format });
  });

  it('recognises HEIC by its ftyp brand, including the generic mif1 brand iPhones also write', () => {
    expect(detectImageFormat(ftyp('heic', 'mif1', 'heic'))).toEqual({ kind: 'image', format: 'heic' });
    expect(detectImageFormat(ftyp('mif1', 'mif1', 'heic'))).toEqual({ kind: 'image', format: 'heic' });
  });

  it('tells AVIF from HEIC when both use the generic mif1 brand', () => {
    expect(detectImageFormat(ftyp('mif1', 'mif1', 'avif'))).toEqual({ kind: 'image', format: 'avif' });
  });

  it('does not take an MP4 video (also an ftyp box) for an image', () => {
    expect(detectImageFormat(ftyp('isom', 'isom', 'mp41'))).toEqual({ kind: 'unknown' });
  });

  it('names BMP and PSD as unsupported picture formats', () => {
    const bmp = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(60)]);
    expect(detectImageFormat(bmp)).toEqual({ kind: 'unsupported', label: 'BMP' });
    expect(detectImageFormat(Buffer.from('8BPS\0\x01\0\0\0\0\0\0', 'latin1'))).toEqual({ kind: 'unsupported', label: 'Photoshop (PSD)' });
  });

  it('ignores the extension entirely: text is unknown, nothing is empty', () => {
    expect(detectImageFormat(Buffer.from('hello, this is a text file'))).toEqual({ kind: 'unknown' });
    expect(detectImageFormat(new Uint8Array(0))).toEqual({ kind: 'empty' });
  });
});
