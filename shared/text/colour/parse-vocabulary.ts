import type { ColourFamily } from './colour-families';

/**
 * Reads a vocabulary table: "name:family,family" entries separated by white space, a name of
 * several words written with single spaces, and "roj{o,a,os,as}" standing for each form.
 */
export function parseVocabulary(table: string): Map<string, readonly ColourFamily[]> {
  const map = new Map<string, readonly ColourFamily[]>();
  let words: string[] = [];
  for (const token of table.trim().split(/\s+/u)) {
    const at = token.indexOf(':');
    if (at < 0) {
      words.push(token);
      continue;
    }
    const families = token.slice(at + 1).split(',') as ColourFamily[];
    for (const name of expandForms([...words, token.slice(0, at)].join(' '))) map.set(name, families);
    words = [];
  }
  return map;
}

function expandForms(name: string): string[] {
  const m = /\{([^}]*)\}/u.exec(name);
  if (!m) return [name];
  return m[1]!.split(',').flatMap((ending) => expandForms(name.slice(0, m.index) + ending + name.slice(m.index + m[0].length)));
}
