/**
 * sRGB to CIELAB (D65) and its polar form LCh: lightness 0-100, chroma (how colourful), hue
 * angle in degrees. Distances and regions there follow what the eye sees, which RGB does not.
 */
export type Lab = readonly [number, number, number];

export interface Lch {
  l: number;
  c: number;
  h: number;
}

export function rgbToLab(r: number, g: number, b: number): Lab {
  const [lr, lg, lb] = [r, g, b].map(srgbToLinear) as [number, number, number];
  return linearToLab(lr, lg, lb);
}

/** Linear-light RGB (0-1 per channel) to Lab. */
export function linearToLab(r: number, g: number, b: number): Lab {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const [fx, fy, fz] = [x, y, z].map(labF) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export function hexToLab(hex: string): Lab {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a colour: "${hex}" (expected #rrggbb)`);
  const n = Number.parseInt(m[1]!, 16);
  return rgbToLab((n >> 16) & 255, (n >> 8) & 255, n & 255);
}

export function labToLch([l, a, b]: Lab): Lch {
  const h = (Math.atan2(b, a) * 180) / Math.PI;
  return { l, c: Math.hypot(a, b), h: h < 0 ? h + 360 : h };
}

export function labDistance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** An 8-bit sRGB channel to linear light, 0-1. */
export function srgbToLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light, 0-1, to an 8-bit sRGB channel (clamped). */
export function linearToSrgb(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
}

function labF(t: number): number {
  return t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116;
}
