import type { PaletteEntry } from '../../shared/domain/product';

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

export interface PaletteOptions {
  /** How many colours at most. */
  maxColors?: number;
  /** Pixels closer than this (RGB distance) to the backdrop are left out. */
  backdropDistance?: number;
  /** Colours closer than this are counted as one. */
  mergeDistance?: number;
}

/** The border must be mostly one colour before it is taken as a backdrop. */
const BACKDROP_MIN_SHARE = 0.6;
/** With fewer product pixels than this share, the product is backdrop-coloured: use every pixel. */
const MIN_PRODUCT_SHARE = 0.01;
const MIN_ENTRY_SHARE = 0.01;

/**
 * Up to `maxColors` dominant colours of the product, with their share of the product's pixels
 * (largest first). The backdrop, estimated from the image border, and transparent pixels are left
 * out, so a red mug on white reads as red, not white.
 */
export function extractDominantPalette(img: RawPixels, opts: PaletteOptions = {}): PaletteEntry[] {
  const maxColors = opts.maxColors ?? 5;
  const backdropDistance = opts.backdropDistance ?? 48;
  const mergeDistance = opts.mergeDistance ?? 40;

  const backdrop = estimateBackdrop(img);
  const all: Rgb[] = [];
  const product: Rgb[] = [];
  for (let i = 0; i < img.width * img.height; i++) {
    const px = readPixel(img, i);
    if (!px) continue;
    all.push(px);
    if (!backdrop || distance(px, backdrop) >= backdropDistance) product.push(px);
  }
  const pixels = product.length >= all.length * MIN_PRODUCT_SHARE && product.length > 0 ? product : all;
  if (pixels.length === 0) return [];

  return clusterColors(pixels, mergeDistance)
    .slice(0, maxColors)
    .map((c) => ({ hex: toHex(c.sum.r / c.count, c.sum.g / c.count, c.sum.b / c.count), share: round3(c.count / pixels.length) }))
    .filter((e) => e.share >= MIN_ENTRY_SHARE);
}

/**
 * The backdrop colour: the most common colour of the outer ~2% of the image, or null when the
 * border is too varied to be a studio backdrop (a lifestyle shot).
 */
export function estimateBackdrop(img: RawPixels): Rgb | null {
  const band = Math.max(1, Math.round(Math.min(img.width, img.height) * 0.02));
  const border: Rgb[] = [];
  for (let y = 0; y < img.height; y++) {
    const inBand = y < band || y >= img.height - band;
    for (let x = 0; x < img.width; x++) {
      if (!inBand && x >= band && x < img.width - band) continue;
      const px = readPixel(img, y * img.width + x);
      if (px) border.push(px);
    }
  }
  if (border.length === 0) return null;
  const seed = clusterColors(border, 0)[0];
  if (!seed) return null;
  const centre = { r: seed.sum.r / seed.count, g: seed.sum.g / seed.count, b: seed.sum.b / seed.count };
  // The seed bin splits a noisy backdrop at bin edges; gather everything near its centre instead.
  const near = border.filter((px) => distance(px, centre) < 40);
  if (near.length < border.length * BACKDROP_MIN_SHARE) return null;
  return mean(near);
}

interface Cluster {
  sum: Rgb;
  count: number;
}

/** Buckets colours at 4 bits per channel, then merges buckets whose mean colours lie close. */
function clusterColors(pixels: readonly Rgb[], mergeDistance: number): Cluster[] {
  const bins = new Map<number, Cluster>();
  for (const px of pixels) {
    const key = ((px.r >> 4) << 8) | ((px.g >> 4) << 4) | (px.b >> 4);
    const bin = bins.get(key) ?? { sum: { r: 0, g: 0, b: 0 }, count: 0 };
    bin.sum.r += px.r;
    bin.sum.g += px.g;
    bin.sum.b += px.b;
    bin.count++;
    bins.set(key, bin);
  }
  const sorted = [...bins.values()].sort((a, b) => b.count - a.count);
  const clusters: Cluster[] = [];
  for (const bin of sorted) {
    const colour = centreOf(bin);
    const home = clusters.find((c) => distance(centreOf(c), colour) < mergeDistance);
    if (home) {
      home.sum.r += bin.sum.r;
      home.sum.g += bin.sum.g;
      home.sum.b += bin.sum.b;
      home.count += bin.count;
    } else {
      clusters.push({ sum: { ...bin.sum }, count: bin.count });
    }
  }
  return clusters.sort((a, b) => b.count - a.count);
}

/** The pixel at index i as RGB, or null when it is mostly transparent. */
function readPixel(img: RawPixels, i: number): Rgb | null {
  const at = i * img.channels;
  const d = img.data;
  switch (img.channels) {
    case 1:
      return { r: d[at], g: d[at], b: d[at] };
    case 2:
      return d[at + 1] < 128 ? null : { r: d[at], g: d[at], b: d[at] };
    case 3:
      return { r: d[at], g: d[at + 1], b: d[at + 2] };
    default:
      return d[at + 3] < 128 ? null : { r: d[at], g: d[at + 1], b: d[at + 2] };
  }
}

function centreOf(c: Cluster): Rgb {
  return { r: c.sum.r / c.count, g: c.sum.g / c.count, b: c.sum.b / c.count };
}

function mean(pixels: readonly Rgb[]): Rgb {
  const sum = pixels.reduce((s, p) => ({ r: s.r + p.r, g: s.g + p.g, b: s.b + p.b }), { r: 0, g: 0, b: 0 });
  return { r: sum.r / pixels.length, g: sum.g / pixels.length, b: sum.b / pixels.length };
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
}

function toHex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
