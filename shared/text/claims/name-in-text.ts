/**
 * Whole-word, case-insensitive search for a name (one or more words) in text or a list of read
 * words: "Nike" is in "NIKE AIR" but not in "Nikel"; "Le Creuset" needs both words in a row.
 */
export function textNamesWord(text: string, name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0) return false;
  return containsRun(splitWords(text), words);
}

/** The same match against words already split (the OCR's word list). */
export function wordsContainName(read: readonly string[], name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0) return false;
  return containsRun(read.flatMap(splitWords), words);
}

function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}&']+/u).filter(Boolean);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}
