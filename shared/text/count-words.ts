/**
 * Counts words the way a reader would, in any language: Intl.Segmenter finds the words (it knows
 * Japanese, Chinese and Thai, which write no spaces), and a few things a reader takes as one word
 * are kept whole first: a URL, an e-mail address, a number grouped with spaces ("1 000"), and a
 * hyphenated compound ("hand-stitched"). The one word counter: the generation pipeline's word
 * budget and the editor's live count use it.
 */

/** Pieces a reader counts as one word although the segmenter would split them. */
const WHOLE_WORDS = new RegExp(
  [
    /(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/u.source,
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.source,
    // Thousands grouped with a space, a no-break space or a narrow no-break space.
    /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?:[.,]\p{N}+)?(?![\p{N}])/u.source,
  ].join('|'),
  'gu',
);

/** Joiners that make one word of two ("hand-stitched", "T‐shirt") when nothing surrounds them. */
const JOINERS = new Set(['-', '\u2010', '\u2011']);

let segmenter: Intl.Segmenter | undefined;

export function countWords(text: string): number {
  let count = 0;
  const rest = text.replace(WHOLE_WORDS, () => {
    count++;
    return ' ';
  });
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let previous: 'word' | 'joiner' | 'other' = 'other';
  let joinedAfterWord = false;
  for (const piece of segmenter.segment(rest)) {
    if (piece.isWordLike) {
      // "hand" "-" "stitched": the second half continues the word already counted.
      if (!(previous === 'joiner' && joinedAfterWord)) count++;
      previous = 'word';
    } else if (JOINERS.has(piece.segment)) {
      joinedAfterWord = previous === 'word';
      previous = 'joiner';
    } else {
      previous = 'other';
    }
  }
  return count;
}

/** The acceptable range around a target: ±10 % by default (45-55 for 50), rounded inwards. */
export function wordBudget(target: number, tolerance = 0.1): { min: number; max: number } {
  return { min: Math.ceil(target * (1 - tolerance)), max: Math.floor(target * (1 + tolerance)) };
}

export function isWithinBudget(text: string, target: number, tolerance = 0.1): boolean {
  const n = countWords(text);
  const { min, max } = wordBudget(target, tolerance);
  return n >= min && n <= max;
}
