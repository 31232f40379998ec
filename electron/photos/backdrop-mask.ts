import { labDistance, type Lab } from '../../shared/text/colour/lab';

/** Backdrop pixels: this close to the backdrop colour (JPEG noise included). */
const BACKDROP_DISTANCE = 6;
/** Vignetting and light falloff drift further from it, but only gradually. */
const DRIFT_DISTANCE = 20;
/** A shadow keeps the backdrop's hue and loses lightness; this much tint away from it is product. */
const SHADOW_TINT = 8;
/** A soft shadow or vignette changes gradually: neighbours within it differ by less than this; a product's edge does not. */
const GRADUAL_STEP = 3;
/** The deepest a cast shadow darkens the backdrop (share of its lightness). */
const SHADOW_FLOOR = 0.35;

/**
 * Marks the backdrop and the shadows cast on it: everything reachable from the image border
 * through pixels of the backdrop colour, or through darker pixels of the backdrop's own hue
 * changing gradually (a soft shadow). A product's edge is a step, so the product stays unmarked;
 * highlights and shading inside the product are never reached. `withShadows` false marks the
 * backdrop alone.
 */
export function markBackdrop(
  labs: readonly (Lab | null)[],
  width: number,
  height: number,
  border: readonly number[],
  backdrop: Lab,
  withShadows = true,
): Uint8Array {
  const mask = new Uint8Array(labs.length);
  const queue: number[] = [];
  const isBackdrop = (lab: Lab) => labDistance(lab, backdrop) < BACKDROP_DISTANCE;
  const isShadow = (lab: Lab) =>
    Math.hypot(lab[1] - backdrop[1], lab[2] - backdrop[2]) < SHADOW_TINT && lab[0] < backdrop[0] + 4 && lab[0] > backdrop[0] * SHADOW_FLOOR;
  for (const i of border) {
    const lab = labs[i];
    if (lab && labDistance(lab, backdrop) < DRIFT_DISTANCE && !mask[i]) {
      mask[i] = 1;
      queue.push(i);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    const here = labs[i]!;
    const x = i % width;
    const y = (i - x) / width;
    for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
      if (j < 0 || mask[j]) continue;
      const lab = labs[j];
      if (!lab) continue;
      const gradual = labDistance(lab, here) < GRADUAL_STEP;
      if (isBackdrop(lab) || (gradual && ((withShadows && isShadow(lab)) || labDistance(lab, backdrop) < DRIFT_DISTANCE))) {
        mask[j] = 1;
        queue.push(j);
      }
    }
  }
  return mask;
}
