import { nameTokens, trailingOptions, type OptionKind } from '../../shared/text/option-tokens';

/** One variant a group of names shows: its values ("Red", "XL"), its SKU as typed (TEE-01-RED), its photos in order. */
export interface NamedVariant {
  values: string[];
  sku: string;
  files: string[];
}

/** One product in several variants, found in the names: TEE-01-RED_1.jpg, TEE-01-BLUE_1.jpg → TEE-01 in Red and Blue. */
export interface VariantGrouping {
  /** The shared name as typed ("TEE-01"): the product's SKU. */
  sku: string;
  optionNames: OptionKind[];
  /** Photos named by the shared name alone (TEE-01_1.jpg): of the product, no one variant. */
  shared: string[];
  variants: NamedVariant[];
}

/** A product's worth of names before variants are looked for: a stem group or a lone photo. */
export interface NameUnit {
  /** Lower-cased stem; null for a camera's name. */
  stem: string | null;
  /** The stem as typed, from the first file. */
  typed: string | null;
  files: string[];
}

/**
 * Finds the units that are variants of one product: stems sharing a base and ending in an option
 * (a colour word, a size, or a colour then a size: TEE-01-RED-XL), where at least two distinct
 * value combinations share the base and every one names the same options. A unit whose stem is
 * the base itself joins as shared photos. A lone SCARF-RED stays a product of its own, and camera
 * names never join. Returns, per base, the units it takes (by index) and the grouping.
 */
export function findVariantGroups(units: readonly NameUnit[]): { members: number[]; grouping: VariantGrouping }[] {
  const byBase = new Map<string, { index: number; kinds: OptionKind[]; values: string[]; typedBase: string }[]>();
  units.forEach((unit, index) => {
    if (unit.stem === null || unit.typed === null) return;
    const read = trailingOptions(nameTokens(unit.stem));
    if (!read) return;
    const key = read.base.join(' ');
    const list = byBase.get(key) ?? [];
    list.push({ index, kinds: read.options.map((o) => o.kind), values: read.options.map((o) => o.value), typedBase: stripTokens(unit.typed, read.options.reduce((n, o) => n + o.tokens, 0)) });
    byBase.set(key, list);
  });

  const found: { members: number[]; grouping: VariantGrouping }[] = [];
  for (const [base, list] of byBase) {
    const signature = list[0]!.kinds.join(',');
    if (!list.every((m) => m.kinds.join(',') === signature)) continue;
    const variants = new Map<string, { values: string[]; sku: string; files: string[] }>();
    for (const m of list) {
      const key = m.values.join('\u0000').toLowerCase();
      const existing = variants.get(key);
      if (existing) existing.files.push(...units[m.index]!.files);
      else variants.set(key, { values: m.values, sku: units[m.index]!.typed!, files: [...units[m.index]!.files] });
    }
    if (variants.size < 2) continue;
    const sharedUnits = units.flatMap((u, i) => (u.stem !== null && nameTokens(u.stem).join(' ') === base ? [i] : []));
    found.push({
      members: [...sharedUnits, ...list.map((m) => m.index)],
      grouping: {
        sku: list[0]!.typedBase,
        optionNames: list[0]!.kinds,
        shared: sharedUnits.flatMap((i) => units[i]!.files),
        variants: [...variants.values()],
      },
    });
  }
  return found;
}

/** "TEE-01-RED-XL" less its last 2 words → "TEE-01". */
function stripTokens(typed: string, count: number): string {
  let out = typed.trim();
  for (let i = 0; i < count; i++) out = out.replace(/[\s_.-]*[^\s_.-]+[\s_.-]*$/u, '');
  return out;
}
