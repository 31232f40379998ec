import fs from 'node:fs';
import { createRequire } from 'node:module';
import sharp, { type OverlayOptions } from 'sharp';
import { prepareZXingModule, writeBarcode, type WriteInputBarcodeFormat } from 'zxing-wasm/full';

/** One printed line of a label; cap height is the height of a capital letter, in pixels. */
export interface LabelLine {
  text: string;
  capHeight: number;
  bold?: boolean;
}

export interface LabelBarcode {
  format: WriteInputBarcodeFormat;
  text: string;
  /** Width of the narrowest bar, in pixels of the photo (QR: of one square). */
  moduleWidth: number;
}

export interface LabelPhotoSpec {
  width: number;
  height: number;
  lines: readonly LabelLine[];
  barcode?: LabelBarcode;
  /** Background around the label card (the product). */
  background?: string;
  format?: 'jpeg' | 'png';
}

/** DejaVu Sans capitals are 0.729 em tall: the font size that gives a wanted cap height. */
const CAP_HEIGHT_PER_EM = 0.729;

let writerReady: Promise<unknown> | undefined;

/** zxing-wasm's writer, loaded from the package's own wasm file (no network here). */
function prepareWriter(): Promise<unknown> {
  writerReady ??= (async () => {
    const bytes = fs.readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/full/zxing_full.wasm'));
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return writerReady;
}

/** The barcode as a PNG at the given module width, with its quiet zones; 1D codes get bars half as tall as wide. */
export async function renderBarcode(code: LabelBarcode): Promise<Buffer> {
  await prepareWriter();
  const written = await writeBarcode(code.text, { format: code.format, scale: code.moduleWidth, addQuietZones: true });
  if (!written.image) throw new Error(`zxing-wasm could not write ${code.format} ${code.text}: ${written.error}`);
  const png = Buffer.from(await written.image.arrayBuffer());
  if (code.format === 'QRCode') return png;
  const meta = await sharp(png).metadata();
  const height = Math.max(meta.height!, Math.round(meta.width! / 2));
  return sharp(png).resize({ width: meta.width!, height, fit: 'fill', kernel: 'nearest' }).png().toBuffer();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A photo of a printed label: a cream card on a coloured product, dark text lines drawn by sharp
 * from SVG with the system's DejaVu Sans, and optionally a barcode below the text.
 */
export async function renderLabelPhoto(spec: LabelPhotoSpec): Promise<Buffer> {
  const margin = Math.round(spec.width * 0.08);
  let y = margin;
  const texts: string[] = [];
  for (const line of spec.lines) {
    const size = line.capHeight / CAP_HEIGHT_PER_EM;
    y += Math.round(size * 1.25);
    texts.push(
      `<text x="${margin * 1.5}" y="${y}" font-family="DejaVu Sans" font-size="${size.toFixed(1)}" font-weight="${line.bold ? 'bold' : 'normal'}" fill="#1d1d1b">${escapeXml(line.text)}</text>`,
    );
  }
  const card = `<rect x="${margin}" y="${margin / 2}" width="${spec.width - 2 * margin}" height="${spec.height - margin}" rx="${margin / 4}" fill="#f6f1e4"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}"><rect width="100%" height="100%" fill="${spec.background ?? '#6b4f3a'}"/>${card}${texts.join('')}</svg>`;
  const composites: OverlayOptions[] = [];
  if (spec.barcode) {
    const png = await renderBarcode(spec.barcode);
    const meta = await sharp(png).metadata();
    const top = Math.min(y + Math.round(margin / 2), spec.height - meta.height! - 1);
    const left = Math.max(0, Math.min(Math.round(margin * 1.5), spec.width - meta.width!));
    if (meta.width! > spec.width || top < 0) throw new Error(`The ${spec.barcode.format} at ${spec.barcode.moduleWidth} px per module does not fit a ${spec.width}×${spec.height} photo.`);
    composites.push({ input: png, top, left });
  }
  const image = sharp(Buffer.from(svg)).composite(composites);
  return spec.format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}
