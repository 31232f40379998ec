import { describe, expect, it } from 'vitest';
import { estimateBackdrop, extractDominantPalette, type RawPixels } from '../../../electron/photos/dominant-palette';

type Rgba = [number, number, number, number?];

/** Paints a raw image pixel by pixel, as sharp's raw output would hold it. */
function paint(width: number, height: number, channels: 3 | 4, colourAt: (x: number, y: number) => Rgba): RawPixels {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = colourAt(x, y);
      const at = (y * width + x) * channels;
      data.set(channels === 4 ? [r, g, b, a] : [r, g, b], at);
    }
  }
  return { data, width, height, channels };
}

/** A deterministic ±amount jitter, so colours are not perfectly flat as in a real photo. */
function jitter(x: number, y: number, amount: number): number {
  return (((x * 7919 + y * 104729) % 97) / 96 - 0.5) * 2 * amount;
}

function clamp(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

function squareOn(backdrop: Rgba, product: Rgba, size = 100): RawPixels {
  return paint(size, size, 3, (x, y) => {
    const inside = x >= size / 4 && x < (size * 3) / 4 && y >= size / 4 && y < (size * 3) / 4;
    const [r, g, b] = inside ? product : backdrop;
    const n = jitter(x, y, 6);
    return [clamp(r + n), clamp(g + n), clamp(b + n)];
  });
}

function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function near(hex: string, target: [number, number, number], within: number): boolean {
  const [r, g, b] = rgbOf(hex);
  return Math.hypot(r - target[0], g - target[1], b - target[2]) < within;
}

describe('extractDominantPalette', () => {
  it('reads a red square on white as red, with white left out', () => {
    const palette = extractDominantPalette(squareOn([255, 255, 255], [200, 20, 20]));
    expect(near(palette[0]!.hex, [200, 20, 20], 20)).toBe(true);
    expect(palette[0]!.share).toBeGreaterThan(0.9);
    expect(palette.some((e) => near(e.hex, [255, 255, 255], 60))).toBe(false);
  });

  it('reads a red square on a grey backdrop as red, with grey left out', () => {
    const palette = extractDominantPalette(squareOn([128, 128, 128], [200, 20, 20]));
    expect(near(palette[0]!.hex, [200, 20, 20], 20)).toBe(true);
    expect(palette.some((e) => near(e.hex, [128, 128, 128], 40))).toBe(false);
  });

  it('gives each colour of a two-colour product its share', () => {
    const img = paint(100, 100, 3, (x, y) => {
      if (x < 20 || x >= 80 || y < 20 || y >= 80) return [250, 250, 250];
      return x < 50 ? [20, 40, 200] : [20, 160, 40];
    });
    const palette = extractDominantPalette(img);
    expect(palette).toHaveLength(2);
    expect(palette.map((e) => e.share)).toEqual([0.5, 0.5]);
    expect(palette.some((e) => near(e.hex, [20, 40, 200], 10))).toBe(true);
    expect(palette.some((e) => near(e.hex, [20, 160, 40], 10))).toBe(true);
  });

  it('keeps every colour when the border is too varied to be a backdrop', () => {
    const stripes: Rgba[] = [[220, 30, 30], [30, 200, 30], [30, 30, 220]];
    const img = paint(90, 60, 3, (x) => stripes[Math.floor(x / 30)]!);
    expect(estimateBackdrop(img)).toBeNull();
    const palette = extractDominantPalette(img);
    expect(palette).toHaveLength(3);
    for (const e of palette) expect(e.share).toBeCloseTo(1 / 3, 2);
  });

  it('falls back to all pixels when the product is the backdrop colour (white on white)', () => {
    const palette = extractDominantPalette(paint(50, 50, 3, () => [255, 255, 255]));
    expect(palette).toEqual([{ hex: '#ffffff', share: 1 }]);
  });

  it('ignores transparent pixels of a cut-out PNG', () => {
    const img = paint(60, 60, 4, (x, y) => (x >= 20 && x < 40 && y >= 20 && y < 40 ? [240, 200, 0, 255] : [0, 0, 0, 0]));
    expect(extractDominantPalette(img)).toEqual([{ hex: '#f0c800', share: 1 }]);
  });

  it('returns at most five colours, largest share first, shares adding up to at most 1', () => {
    const colours: Rgba[] = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0], [0, 255, 255], [255, 0, 255], [128, 64, 0], [0, 0, 0]];
    const img = paint(80, 80, 3, (x, y) => (x < 4 || y < 4 || x >= 76 || y >= 76 ? [255, 255, 255] : colours[Math.min(7, Math.floor((y - 4) / 9))]!));
    const palette = extractDominantPalette(img);
    expect(palette).toHaveLength(5);
    const shares = palette.map((e) => e.share);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
  });
});
