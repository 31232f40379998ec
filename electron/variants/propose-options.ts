import type { OptionValueSource } from '../../shared/domain/variant';
import { measuredColourName, type MeasuredPhoto } from '../../shared/text/colour/nearest-colour-name';
import { nameTokens, optionAt, sentenceCase, type OptionKind } from '../../shared/text/option-tokens';

/** What proposing reads of one product that becomes a variant. */
export interface VariantSource {
  /** Its SKU or file-name stem ("TEE-01-RED"); null when it has neither (a camera's IMG_1234). */
  name: string | null;
  /**
   * Its title, read only where it has no name, and only for colour and size words: a title names
   * the product ("Cotton Tee"), so its other words never become an option value.
   */
  title?: string | null;
  /** Its own photos, with their measured colours. */
  photos: readonly MeasuredPhoto[];
}

/**
 * For products joining a product that has variants already: its option names, and its variants'
 * values. The first `taken.length` sources are those variants (their names help find the words
 * the new ones differ in); they keep their values, and new values avoid them.
 */
export interface FixedOptions {
  optionNames: readonly string[];
  taken: readonly (readonly string[])[];
}

export interface ProposedOptions {
  optionNames: string[];
  variants: { values: string[]; sources: OptionValueSource[] }[];
}

type OptionName = OptionKind | 'Style';
const ORDER: readonly OptionName[] = ['Color', 'Size', 'Style'];

/**
 * Option names and one value per product, for products about to become variants of one product.
 * The words in which their names differ say it: colour words give Color, sizes (XS…XXL, Small,
 * 38, 500ml) give Size, other words Style. Names are compared with names and titles with titles
 * (a title against a SKU differs in every word); a title, or a name with no other name to compare
 * with, gives colour words only (sizes too for titles), never Style. A product whose words say no
 * colour gets the colour measured on its own photos ('measured'); when the words say nothing at
 * all, Color comes from the photos if they differ in colour, else Style is each product's own name.
 * Values that still repeat get a number ("Blue 2"), so the combinations stay distinct. Pure.
 */
export function proposeOptions(sources: readonly VariantSource[], fixed?: FixedOptions): ProposedOptions {
  const read = readWords(sources);
  const used = ORDER.filter((name) => read.some((r) => r.has(name)));
  const measured = sources.map((s) => measuredColourName(s.photos));

  let optionNames: string[] = used;
  if (fixed) optionNames = [...fixed.optionNames];
  else if (used.length === 0) {
    const colours = new Set(measured.filter((m) => m !== null));
    optionNames = colours.size > 1 && measured.every((m) => m !== null) ? ['Color'] : ['Style'];
  }
  const variants = sources.map((source, i) => {
    const values: string[] = [];
    const valueSources: OptionValueSource[] = [];
    for (const name of optionNames) {
      const option = ORDER.find((o) => o.toLowerCase() === name.toLowerCase()) ?? (/colou?r/i.test(name) ? 'Color' : undefined);
      const named = option === undefined ? undefined : read[i]!.get(option);
      if (named !== undefined) {
        values.push(named);
        valueSources.push('name');
      } else if (option === 'Color' && measured[i] !== null) {
        values.push(measured[i]!);
        valueSources.push('measured');
      } else {
        values.push(fallbackValue(source.name, i));
        valueSources.push('name');
      }
    }
    return { values, sources: valueSources };
  });
  return { optionNames, variants: numberRepeats(variants, fixed?.taken ?? []) };
}

/**
 * What each product's words say. Named products are compared among themselves, titled ones (no
 * name) among themselves; a lone name or title keeps only words that cannot be the product's name.
 */
function readWords(sources: readonly VariantSource[]): Map<OptionName, string>[] {
  const read = sources.map(() => new Map<OptionName, string>());
  const groups = { name: [] as number[], title: [] as number[] };
  sources.forEach((s, i) => {
    if (s.name?.trim()) groups.name.push(i);
    else if (s.title?.trim()) groups.title.push(i);
  });
  for (const [kind, members] of Object.entries(groups) as ['name' | 'title', number[]][]) {
    const tokens = members.map((i) => nameTokens((kind === 'name' ? sources[i]!.name : sources[i]!.title) ?? ''));
    const differing = members.length > 1 ? differingTokens(tokens) : tokens;
    members.forEach((index, k) => {
      const words = classify(differing[k]!);
      // A title's other words name the product; a lone name cannot show which words are its own.
      if (kind === 'title' || members.length === 1) words.delete('Style');
      if (members.length === 1) words.delete('Size');
      read[index] = words;
    });
  }
  return read;
}

/** Each name's tokens between the prefix and suffix all names share (case aside). */
function differingTokens(tokens: readonly string[][]): string[][] {
  const same = (at: (t: string[]) => string | undefined) => {
    const first = at(tokens[0] ?? [])?.toLowerCase();
    return first !== undefined && tokens.every((t) => at(t)?.toLowerCase() === first);
  };
  const shortest = Math.min(...tokens.map((t) => t.length));
  let prefix = 0;
  while (prefix < shortest && same((t) => t[prefix])) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && same((t) => t[t.length - 1 - suffix])) suffix++;
  return tokens.map((t) => t.slice(prefix, t.length - suffix));
}

/** Reads differing words as options: colour phrases and sizes where they are, the rest as Style. */
function classify(tokens: readonly string[]): Map<OptionName, string> {
  const out = new Map<OptionName, string>();
  const style: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const option = optionAt(tokens.slice(i), { numbers: true });
    if (option && !out.has(option.kind)) {
      out.set(option.kind, option.value);
      i += option.tokens;
    } else {
      style.push(tokens[i]!);
      i++;
    }
  }
  if (style.length > 0) out.set('Style', style.map((w) => (/^[a-z]+$/i.test(w) ? sentenceCase(w) : w)).join(' '));
  return out;
}

function fallbackValue(name: string | null, index: number): string {
  const cleaned = (name ?? '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? `Variant ${index + 1}` : cleaned.slice(0, 100);
}

/** "Blue", "Blue" → "Blue", "Blue 2" on the last option that repeats, so no two variants are alike. */
function numberRepeats(variants: ProposedOptions['variants'], taken: readonly (readonly string[])[]): ProposedOptions['variants'] {
  const keyOf = (values: readonly string[]) => values.join('\u0000').toLowerCase();
  const used = new Set(taken.map(keyOf));
  return variants.map((v, i) => {
    if (i < taken.length) return { values: [...taken[i]!], sources: v.sources };
    if (!used.has(keyOf(v.values))) {
      used.add(keyOf(v.values));
      return v;
    }
    const values = [...v.values];
    const last = values.length - 1;
    for (let n = 2; used.has(keyOf(values)); n++) values[last] = `${v.values[last]} ${n}`;
    used.add(keyOf(values));
    return { values, sources: v.sources };
  });
}
