import { familiesOfHex } from './colour-families';
import { hexToLab, labDistance, type Lab } from './lab';
import { ENGLISH_COLOURS } from './vocabulary-en';

/**
 * The plain colour names an option value is proposed from, each with a typical sRGB shade
 * (written for this list; every name is in the vocabulary, see vocabulary-en.ts). Plain names on
 * purpose: a shop owner renames "Blue" to "Cornflower" easily, but a wrong fancy name misleads.
 */
const NAMED_SHADES: readonly (readonly [string, string])[] = [
  ['Red', '#c62828'], ['Burgundy', '#7b1e2b'], ['Orange', '#f57c00'], ['Yellow', '#fdd835'], ['Gold', '#c9a227'],
  ['Olive', '#6b6b2a'], ['Green', '#2e7d32'], ['Teal', '#00897b'], ['Blue', '#1e63c8'], ['Navy', '#1b2a4a'],
  ['Purple', '#6a3d9a'], ['Pink', '#ec7fb0'], ['Brown', '#6d4c31'], ['Beige', '#d8c7a6'], ['Cream', '#f2e9d0'],
  ['White', '#f7f7f5'], ['Silver', '#c0c0c0'], ['Grey', '#8a8a8a'], ['Charcoal', '#3a3f44'], ['Black', '#151515'],
];
export const NAMED_COLOURS: readonly string[] = NAMED_SHADES.map(([name]) => name);

const SHADES = NAMED_SHADES.map(([name, hex]) => ({ name, lab: hexToLab(hex), families: ENGLISH_COLOURS.get(name.toLowerCase()) ?? [] }));

/**
 * The nearest plain name of a measured colour: among the names whose colour families the colour
 * falls in (colour-families.ts), the one whose shade is closest in Lab; any name when none fits.
 */
export function nearestColourName(hex: string): string {
  const lab = hexToLab(hex);
  const families = new Set(familiesOfHex(hex));
  const fitting = SHADES.filter((s) => s.families.some((f) => families.has(f)));
  return closest(fitting.length > 0 ? fitting : SHADES, lab).name;
}

/** A photo's measured palette and scene, as photos store them (shared/domain/product.ts). */
export interface MeasuredPhoto {
  palette: readonly { hex: string; share: number }[];
  scene: string | null;
}

/**
 * The colour a set of photos shows most: each palette entry votes for its name with its share of
 * the product's pixels. A lifestyle scene's colours are partly the room's, so those photos vote
 * only when no other photo measured anything. Null when nothing was measured.
 */
export function measuredColourName(photos: readonly MeasuredPhoto[]): string | null {
  const product = photos.filter((p) => p.scene !== 'lifestyle' && p.palette.length > 0);
  const voters = product.length > 0 ? product : photos;
  const votes = new Map<string, number>();
  for (const photo of voters) {
    for (const entry of photo.palette) {
      const name = nearestColourName(entry.hex);
      votes.set(name, (votes.get(name) ?? 0) + entry.share);
    }
  }
  let best: string | null = null;
  for (const [name, share] of votes) if (best === null || share > votes.get(best)!) best = name;
  return best;
}

/** Whether a colour word (any name the vocabulary knows) can describe what the photos measured. */
export function colourFitsPhotos(word: string, photos: readonly MeasuredPhoto[]): boolean | null {
  const wanted = ENGLISH_COLOURS.get(word.trim().toLowerCase());
  const measured = photos.flatMap((p) => p.palette.filter((e) => e.share >= 0.2).map((e) => familiesOfHex(e.hex)));
  if (!wanted || measured.length === 0) return null;
  return measured.some((families) => families.some((f) => wanted.includes(f)));
}

function closest<T extends { lab: Lab }>(shades: readonly T[], lab: Lab): T {
  return shades.reduce((best, s) => (labDistance(s.lab, lab) < labDistance(best.lab, lab) ? s : best));
}
