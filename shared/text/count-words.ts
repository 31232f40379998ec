/**
 * Counts words the way a reader would: runs of letters or digits, with inner apostrophes and
 * hyphens kept inside the word ("hand-stitched", "don't" are one word each), in any script.
 * The one word counter: the generation pipeline's word budget and the editor's live count use it.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The acceptable range around a target: ±10 % by default (45-55 for 50), rounded inwards. */
export function wordBudget(target: number, tolerance = 0.1): { min: number; max: number } {
  return { min: Math.ceil(target * (1 - tolerance)), max: Math.floor(target * (1 + tolerance)) };
}
