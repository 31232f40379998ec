/** Interleaved 8-bit pixels, as sharp's `.raw()` gives them (1 to 4 channels). */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The pixel at index i as RGB, or null when it is mostly transparent. */
export function readPixel(img: RawPixels, i: number): Rgb | null {
  const at = i * img.channels;
  const d = img.data;
  switch (img.channels) {
    case 1:
      return { r: d[at]!, g: d[at]!, b: d[at]! };
    case 2:
      return d[at + 1]! < 128 ? null : { r: d[at]!, g: d[at]!, b: d[at]! };
    case 3:
      return { r: d[at]!, g: d[at + 1]!, b: d[at + 2]! };
    default:
      return d[at + 3]! < 128 ? null : { r: d[at]!, g: d[at + 1]!, b: d[at + 2]! };
  }
}

/** Indexes of the outer band of the image (about 2 % of the short side, at least 2 pixels). */
export function borderIndexes(width: number, height: number): number[] {
  const band = Math.max(2, Math.round(Math.min(width, height) * 0.02));
  const out: number[] = [];
  for (let y = 0; y < height; y++) {
    const rowInBand = y < band || y >= height - band;
    for (let x = 0; x < width; x++) if (rowInBand || x < band || x >= width - band) out.push(y * width + x);
  }
  return out;
}
