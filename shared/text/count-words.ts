/**
 * Counts words the way a reader would, in any language. Languages written without spaces
 * (Japanese, Chinese, Thai, Lao, Khmer, Myanmar) are split into words by Intl.Segmenter, which
 * knows their dictionaries. Elsewhere a word is a run of letters or digits, with inner
 * apostrophes, hyphens and full stops kept inside ("hand-stitched", "don't", "12.5" and "e.g."
 * are one word each); ICU versions disagree there (Node's keeps "e.g" whole, Chromium's splits
 * it), and the editor's live count must match the pipeline's, so those rules are our own. A URL,
 * an e-mail address and a number grouped with spaces ("1 000") count as one word.
 * The one word counter: the generation pipeline's word budget and the editor's live count use it.
 */

/** Pieces a reader counts as one word although they hold spaces or punctuation. */
const WHOLE_WORDS = new RegExp(
  [
    /(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/u.source,
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.source,
    // Thousands grouped with a space, a no-break space or a narrow no-break space.
    /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?:[.,]\p{N}+)?(?![\p{N}])/u.source,
  ].join('|'),
  'gu',
);

/** Runs of the scripts that put no spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]+/gu;

/** Letters or digits, joined by an apostrophe, hyphen or full stop, or a comma between digits ("1,000"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’.\-\u2010\u2011]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

let segmenter: Intl.Segmenter | undefined;

export function countWords(text: string): number {
  let count = 0;
  const spaced = text
    .replace(WHOLE_WORDS, () => {
      count++;
      return ' ';
    })
    .replace(UNSPACED, (run) => {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const piece of segmenter.segment(run)) if (piece.isWordLike) count++;
      return ' ';
    });
  return count + (spaced.match(WORD)?.length ?? 0);
}

/** The acceptable range around a target: ±10 % by default (45-55 for 50), rounded inwards. */
export function wordBudget(target: number, tolerance = 0.1): { min: number; max: number } {
  return { min: Math.ceil(target * (1 - tolerance)), max: Math.floor(target * (1 + tolerance)) };
}
