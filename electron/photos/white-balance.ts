import { linearToSrgb, srgbToLinear } from '../../shared/text/colour/lab';
import type { Rgb } from './raw-pixels';

/** A backdrop tinted more than this (Lab chroma) is taken as coloured paper, not as white in warm or cool light. */
const MAX_TINT_CHROMA = 30;
/** Below this lightness the backdrop is too dark to tell the light's colour from noise. */
const MIN_BACKDROP_LIGHTNESS = 25;
/** Never stretch a channel more than this: a strongly coloured cast is not corrected blindly. */
const MAX_GAIN = 1.8;

export interface WhiteBalance {
  gains: readonly [number, number, number];
}

/**
 * Gains that turn the backdrop neutral (von Kries scaling in linear light): a white sweep shot
 * under warm light reads cream, and the same light turns navy to black and silver to beige;
 * dividing the light's colour out restores them. Undefined when the backdrop cannot serve.
 */
export function whiteBalanceFrom(backdrop: Rgb, backdropLightness: number, backdropChroma: number): WhiteBalance | undefined {
  if (backdropChroma > MAX_TINT_CHROMA || backdropLightness < MIN_BACKDROP_LIGHTNESS) return undefined;
  const lin = [backdrop.r, backdrop.g, backdrop.b].map(srgbToLinear) as [number, number, number];
  const grey = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  const gains = lin.map((c) => Math.min(MAX_GAIN, Math.max(1 / MAX_GAIN, grey / Math.max(c, 1e-4)))) as [number, number, number];
  return { gains };
}

export function applyWhiteBalance(px: Rgb, wb: WhiteBalance | undefined): Rgb {
  if (!wb) return px;
  return {
    r: linearToSrgb(srgbToLinear(px.r) * wb.gains[0]),
    g: linearToSrgb(srgbToLinear(px.g) * wb.gains[1]),
    b: linearToSrgb(srgbToLinear(px.b) * wb.gains[2]),
  };
}
