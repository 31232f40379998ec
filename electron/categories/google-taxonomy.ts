/** One category of Google's product taxonomy. */
export interface GoogleCategory {
  id: string;
  /** "Apparel & Accessories > Clothing > Shirts & Tops" */
  path: string;
  /** The last level, "Shirts & Tops". */
  name: string;
}

export interface GoogleTaxonomy {
  version: string;
  categories: readonly GoogleCategory[];
  byId: ReadonlyMap<string, GoogleCategory>;
}

const LINE = /^(\d+) - (.+)$/;

/** Parses taxonomy-with-ids text: a "# Google_Product_Taxonomy_Version: …" line, then `ID - path` lines. */
export function parseGoogleTaxonomy(text: string): GoogleTaxonomy {
  let version = '';
  const categories: GoogleCategory[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      version = line.split(':')[1]?.trim() ?? version;
      continue;
    }
    const m = LINE.exec(line);
    if (!m) continue;
    const path = m[2]!.trim();
    categories.push({ id: m[1]!, path, name: path.split(' > ').at(-1)! });
  }
  return { version, categories, byId: new Map(categories.map((c) => [c.id, c])) };
}
