import type { GoogleCategory, GoogleTaxonomy } from './google-taxonomy';

/** Words that say nothing about what a product is. */
const STOPWORDS = new Set(['and', 'or', 'with', 'for', 'the', 'of', 'a', 'an', 'in', 'on', 'to', 'by', 'set', 'new', 'other', 'accessories', 'supplies', 'products']);

/** "Mugs" → "mug", "Glasses" → "glass", "Accessories" → "accessory": singular, so title and taxonomy meet. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function keywords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

interface IndexedCategory {
  category: GoogleCategory;
  /** Keywords of the last level, what the category is. */
  name: Set<string>;
  /** Keywords of the levels above it. */
  parents: Set<string>;
  depth: number;
}

/** The taxonomy with each category's keywords worked out once; build it once per taxonomy. */
export interface CategoryIndex {
  entries: readonly IndexedCategory[];
}

export function indexCategories(taxonomy: GoogleTaxonomy): CategoryIndex {
  return {
    entries: taxonomy.categories.map((category) => {
      const levels = category.path.split(' > ');
      return {
        category,
        name: new Set(keywords(levels.at(-1)!)),
        parents: new Set(levels.slice(0, -1).flatMap(keywords)),
        depth: levels.length,
      };
    }),
  };
}

/** What the app knows of a product, strongest evidence first. */
export interface ProductClues {
  /** What the model saw ("ceramic coffee mug"). */
  observed?: string;
  title?: string;
  /** The model's or the shop's own category words. */
  category?: string;
  tags?: readonly string[];
}

const WEIGHTS = { observed: 3, title: 2, category: 2, tags: 1 } as const;

/**
 * A short list of Google categories for a product by keyword match over the taxonomy. What counts
 * is the category's own name: each clue word in it scores three times its weight, each name word
 * the clues do not mention costs two (so "Mugs" beats "Coffee Decanter Warmers" for a coffee mug),
 * a wholly matched name gets a bonus, and clue words in the parent levels only break ties, as does
 * depth (the more specific first).
 */
export function findCategoryCandidates(index: CategoryIndex, clues: ProductClues, limit = 8): GoogleCategory[] {
  const weights = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const word of keywords(text ?? '')) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  };
  add(clues.observed, WEIGHTS.observed);
  add(clues.title, WEIGHTS.title);
  add(clues.category, WEIGHTS.category);
  for (const tag of clues.tags ?? []) add(tag, WEIGHTS.tags);
  if (weights.size === 0) return [];
  const scored: { entry: IndexedCategory; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    let named = 0;
    for (const word of entry.name) {
      const w = weights.get(word);
      if (w !== undefined) {
        score += 3 * w;
        named++;
      }
    }
    if (named === 0) continue;
    score -= 2 * (entry.name.size - named);
    if (named === entry.name.size) score += 2;
    for (const word of entry.parents) score += (weights.get(word) ?? 0) / 4;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || b.entry.depth - a.entry.depth || a.entry.category.path.localeCompare(b.entry.category.path));
  return scored.slice(0, limit).map((s) => s.entry.category);
}

/** The picker's search: an id, or words that must all appear in the path. */
export function searchCategories(index: CategoryIndex, query: string, limit = 30): GoogleCategory[] {
  const text = query.trim();
  if (/^\d+$/.test(text)) return index.entries.filter((e) => e.category.id === text).map((e) => e.category);
  const words = keywords(text);
  if (words.length === 0) return [];
  const hits = index.entries.filter((e) => words.every((w) => e.name.has(w) || e.parents.has(w) || [...e.name, ...e.parents].some((k) => k.startsWith(w))));
  // Categories named by the words first, then the shallower (broader) ones.
  const named = (e: IndexedCategory) => words.filter((w) => e.name.has(w)).length;
  hits.sort((a, b) => named(b) - named(a) || a.depth - b.depth || a.category.path.localeCompare(b.category.path));
  return hits.slice(0, limit).map((e) => e.category);
}
