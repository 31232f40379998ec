import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import { labDistance, labToLch, rgbToLab, type Lab } from '../../shared/text/colour/lab';
import { markBackdrop } from './backdrop-mask';
import { borderIndexes, readPixel, type RawPixels, type Rgb } from './raw-pixels';
import { applyWhiteBalance, whiteBalanceFrom } from './white-balance';

export type { RawPixels, Rgb } from './raw-pixels';

export interface ProductColours {
  /** The product's dominant colours, white-balanced against the backdrop when there is one, largest first. */
  palette: PaletteEntry[];
  /**
   * backdrop: a product on a plain backdrop, measured without backdrop and shadows; filled: the
   * product fills the frame (or matches its backdrop), measured whole; lifestyle: a scene, whose
   * colours are not all the product's.
   */
  scene: PhotoScene;
}

/** The border must be mostly one colour before it is taken as a backdrop. */
const BACKDROP_MIN_SHARE = 0.55;
/** Border pixels this close (Lab) to the border's commonest colour count as that colour. */
const BORDER_SPREAD = 12;
/** With this much of the image's centre taken for backdrop, the "backdrop" is the product itself. */
const FILLED_CENTRE_SHARE = 0.8;
const MIN_PRODUCT_SHARE = 0.01;
const MAX_COLOURS = 6;
const MERGE_DISTANCE = 11;
const MIN_ENTRY_SHARE = 0.01;

/**
 * Measures a product photo's colours: finds the backdrop from the image border, corrects the
 * light's colour from it, removes the backdrop and the soft shadows on it, and clusters what is
 * left (in CIELAB). A frame-filling product is measured whole; a busy border means a lifestyle shot.
 */
export function measureProductColours(img: RawPixels): ProductColours {
  const count = img.width * img.height;
  const pixels: (Rgb | null)[] = Array.from({ length: count }, (_, i) => readPixel(img, i));
  const opaque = pixels.filter((p): p is Rgb => p !== null);
  if (opaque.length === 0) return { palette: [], scene: 'backdrop' };
  const border = borderIndexes(img.width, img.height);
  const borderPixels = border.map((i) => pixels[i]).filter((p): p is Rgb => p !== null);
  // A cut-out on transparency: whatever is opaque is the product.
  if (borderPixels.length < border.length * 0.2) return { palette: clusterColours(opaque), scene: 'backdrop' };

  const backdrop = findBackdrop(borderPixels);
  if (!backdrop) return { palette: clusterColours(opaque), scene: 'lifestyle' };
  const backdropLch = labToLch(rgbToLab(backdrop.r, backdrop.g, backdrop.b));
  const wb = whiteBalanceFrom(backdrop, backdropLch.l, backdropLch.c);
  const balanced = pixels.map((p) => (p ? applyWhiteBalance(p, wb) : null));
  const labs = balanced.map((p) => (p ? rgbToLab(p.r, p.g, p.b) : null));
  const bg = applyWhiteBalance(backdrop, wb);
  const bgLab = rgbToLab(bg.r, bg.g, bg.b);
  const bare = markBackdrop(labs, img.width, img.height, border, bgLab, false);
  const filled = (mask: Uint8Array) =>
    centreShare(mask, img.width, img.height) >= FILLED_CENTRE_SHARE || count - sum(mask) < opaque.length * MIN_PRODUCT_SHARE;
  if (filled(bare)) return { palette: clusterColours(balanceByHighlights(opaque)), scene: 'filled' };
  // A grey or silver product meets its own grey shadow at the same lightness, with no edge between:
  // when following shadows swallows the product, its shadow stays in and the product with it.
  const shaded = markBackdrop(labs, img.width, img.height, border, bgLab, true);
  const mask = filled(shaded) ? bare : shaded;
  return { palette: clusterColours(balanced.filter((p, i): p is Rgb => p !== null && !mask[i])), scene: 'backdrop' };
}

/** Share of the brightest pixels taken for the light's colour when no backdrop shows it. */
const HIGHLIGHT_SHARE = 0.02;
const MIN_HIGHLIGHT_LIGHTNESS = 80;

/**
 * A frame-filling product shows no backdrop to read the light from; its specular highlights do
 * (a glossy surface reflects the light's own colour). Only bright, nearly neutral highlights are
 * trusted, so a matte cream product is not turned white.
 */
function balanceByHighlights(pixels: readonly Rgb[]): Rgb[] {
  const lit = pixels.map((p) => ({ p, l: rgbToLab(p.r, p.g, p.b)[0] })).sort((a, b) => b.l - a.l);
  const top = lit.slice(0, Math.max(1, Math.round(lit.length * HIGHLIGHT_SHARE))).map((x) => x.p);
  const light = meanRgb(top);
  const lch = labToLch(rgbToLab(light.r, light.g, light.b));
  if (lch.l < MIN_HIGHLIGHT_LIGHTNESS) return [...pixels];
  const wb = whiteBalanceFrom(light, lch.l, lch.c);
  return pixels.map((p) => applyWhiteBalance(p, wb));
}

/** The commonest colour of the border, when at least BACKDROP_MIN_SHARE of it is near that colour. */
export function findBackdrop(border: readonly Rgb[]): Rgb | null {
  const labs = border.map((p) => rgbToLab(p.r, p.g, p.b));
  const bins = new Map<number, number[]>();
  labs.forEach((lab, i) => {
    const key = binKey(lab, 8);
    const list = bins.get(key);
    if (list) list.push(i);
    else bins.set(key, [i]);
  });
  const seed = [...bins.values()].sort((a, b) => b.length - a.length)[0]!;
  const centre = meanLab(seed.map((i) => labs[i]!));
  const near = labs.flatMap((lab, i) => (labDistance(lab, centre) < BORDER_SPREAD ? [i] : []));
  if (near.length < border.length * BACKDROP_MIN_SHARE) return null;
  return meanRgb(near.map((i) => border[i]!));
}

function sum(mask: Uint8Array): number {
  let n = 0;
  for (const v of mask) n += v;
  return n;
}

function centreShare(mask: Uint8Array, width: number, height: number): number {
  let marked = 0;
  let total = 0;
  for (let y = Math.floor(height * 0.3); y < Math.ceil(height * 0.7); y++) {
    for (let x = Math.floor(width * 0.3); x < Math.ceil(width * 0.7); x++) {
      total++;
      marked += mask[y * width + x]!;
    }
  }
  return total === 0 ? 0 : marked / total;
}

interface Cluster {
  members: Rgb[];
  lab: Lab;
}

/** Bins colours coarsely in Lab, then merges bins whose mean colours lie close, largest first. */
export function clusterColours(pixels: readonly Rgb[]): PaletteEntry[] {
  const bins = new Map<number, Rgb[]>();
  for (const px of pixels) {
    const key = binKey(rgbToLab(px.r, px.g, px.b), 6);
    const list = bins.get(key);
    if (list) list.push(px);
    else bins.set(key, [px]);
  }
  const clusters: Cluster[] = [];
  for (const members of [...bins.values()].sort((a, b) => b.length - a.length)) {
    const mean = meanRgb(members);
    const lab = rgbToLab(mean.r, mean.g, mean.b);
    const home = clusters.find((c) => labDistance(c.lab, lab) < MERGE_DISTANCE);
    if (home) {
      home.members.push(...members);
      const m = meanRgb(home.members);
      home.lab = rgbToLab(m.r, m.g, m.b);
    } else {
      clusters.push({ members: [...members], lab });
    }
  }
  return clusters
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, MAX_COLOURS)
    .map((c) => ({ hex: toHex(meanRgb(c.members)), share: round3(c.members.length / pixels.length) }))
    .filter((e) => e.share >= MIN_ENTRY_SHARE);
}

function binKey(lab: Lab, step: number): number {
  return (Math.round(lab[0] / step) + 50) * 1_000_000 + (Math.round(lab[1] / step) + 500) * 1000 + (Math.round(lab[2] / step) + 500);
}

function meanLab(labs: readonly Lab[]): Lab {
  const s = labs.reduce((acc, l) => [acc[0] + l[0], acc[1] + l[1], acc[2] + l[2]] as const, [0, 0, 0] as const);
  return [s[0] / labs.length, s[1] / labs.length, s[2] / labs.length];
}

function meanRgb(pixels: readonly Rgb[]): Rgb {
  let r = 0;
  let g = 0;
  let b = 0;
  for (const p of pixels) {
    r += p.r;
    g += p.g;
    b += p.b;
  }
  return { r: r / pixels.length, g: g / pixels.length, b: b / pixels.length };
}

function toHex(c: Rgb): string {
  return `#${[c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
