import { createSeededRandom } from '../../tooling/tiny-vlm/seeded-random';
import sharp from 'sharp';

/**
 * Renders a labelled product photo with sharp, the way a shop owner's photos look: a product
 * shaded by one soft light, with a specular highlight and a soft cast shadow, on a backdrop with
 * a little vignetting; optionally a second colour, filling the frame, a warm or cool light, and
 * sensor noise under JPEG compression. The product's true colours are known exactly.
 */
export interface PhotoSpec {
  product: string;
  /** A band of a second colour over about a third of the product. */
  second?: string;
  backdrop: string;
  /** The product runs past the frame on every side. */
  fill?: boolean;
  /** Channel gains of the light (linear): warm ≈ [1, 0.86, 0.66], cool ≈ [0.8, 0.92, 1]. */
  light?: readonly [number, number, number];
  /** Standard deviation of added noise, 0-255 scale; JPEG quality drops with it. */
  noise?: number;
  /** Varies shape, position and shadow from photo to photo. */
  seed: number;
}

const SIZE = 480;

export async function renderProductPhoto(spec: PhotoSpec): Promise<Buffer> {
  const rand = mulberry(spec.seed);
  const w = spec.fill ? SIZE * 1.3 : SIZE * (0.38 + rand() * 0.2);
  const h = spec.fill ? SIZE * 1.3 : SIZE * (0.42 + rand() * 0.2);
  const x = (SIZE - w) / 2 + (spec.fill ? 0 : (rand() - 0.5) * SIZE * 0.12);
  const y = (SIZE - h) / 2 - (spec.fill ? 0 : SIZE * 0.04);
  const radius = spec.fill ? 0 : Math.min(w, h) * (0.08 + rand() * 0.35);
  const shadowOpacity = 0.28 + rand() * 0.17;
  const [light, dark] = [scale(spec.product, 1.25), scale(spec.product, 0.55)];
  const band = spec.second
    ? `<rect x="${x}" y="${y + h * 0.35}" width="${w}" height="${h * 0.33}" fill="url(#band)" clip-path="url(#shape)"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
  <defs>
    <radialGradient id="vignette" cx="50%" cy="45%" r="75%">
      <stop offset="0" stop-color="${spec.backdrop}"/><stop offset="1" stop-color="${scale(spec.backdrop, 0.9)}"/>
    </radialGradient>
    <linearGradient id="shade" x1="0" y1="0" x2="1" y2="0.35">
      <stop offset="0" stop-color="${light}"/><stop offset="0.45" stop-color="${spec.product}"/><stop offset="1" stop-color="${dark}"/>
    </linearGradient>
    <linearGradient id="band" x1="0" y1="0" x2="1" y2="0.35">
      <stop offset="0" stop-color="${scale(spec.second ?? spec.product, 1.2)}"/><stop offset="0.45" stop-color="${spec.second ?? spec.product}"/><stop offset="1" stop-color="${scale(spec.second ?? spec.product, 0.6)}"/>
    </linearGradient>
    <clipPath id="shape"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${radius}"/></clipPath>
    <filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${10 + rand() * 8}"/></filter>
    <filter id="glow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="5"/></filter>
  </defs>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#vignette)"/>
  <ellipse cx="${x + w * 0.55}" cy="${y + h * 0.98}" rx="${w * 0.6}" ry="${h * 0.12}" fill="#000" opacity="${shadowOpacity}" filter="url(#soft)"/>
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${radius}" fill="url(#shade)"/>
  ${band}
  <ellipse cx="${x + w * 0.28}" cy="${y + h * 0.22}" rx="${w * 0.07}" ry="${h * 0.1}" fill="#fff" opacity="0.75" filter="url(#glow)"/>
</svg>`;
  const raw = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const data = raw.data;
  const gains = spec.light ?? [1, 1, 1];
  const noise = spec.noise ?? 0;
  for (let i = 0; i < data.length; i++) {
    const c = i % 3;
    const lin = toLinear(data[i]!) * gains[c]!;
    data[i] = clamp(toSrgb(lin) + (noise > 0 ? gauss(rand) * noise : 0));
  }
  return sharp(data, { raw: { width: raw.info.width, height: raw.info.height, channels: 3 } })
    .jpeg({ quality: noise > 0 ? 72 : 90 })
    .toBuffer();
}

/** The colour with its linear light scaled: shading (below 1) and lit faces (above 1). */
function scale(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const out = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => clamp(toSrgb(toLinear(v) * factor)));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function toLinear(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function toSrgb(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

function clamp(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-9)) * Math.cos(2 * Math.PI * rand());
}

/** A small seeded generator (the tiny model's mulberry32), so every run renders the same corpus. */
export const mulberry = createSeededRandom;
