import { findVariantGroups, type NameUnit, type VariantGrouping } from './find-variant-groups';

/**
 * Photos that become one product: `stem` is the shared, lower-cased name, or null for a lone photo.
 * `variants` is set when the names show one product in several variants (TEE-01-RED_1.jpg,
 * TEE-01-BLUE_1.jpg); `files` then holds the shared photos first, then each variant's.
 */
export interface StemGroup {
  stem: string | null;
  files: string[];
  variants?: VariantGrouping;
}

export type { VariantGrouping } from './find-variant-groups';

/** A name like `SKU_1`, `SKU-2`, `sku (3)`: stem plus a short sequence number (1 to 3 digits). */
const NUMBERED_NAME = /^(.*?[^\s_-])\s*(?:[_-]\s*(\d{1,3})|\((\d{1,3})\))$/;

/**
 * Camera and phone names (IMG_123, DSC_0042, PXL_…) number every shot, so their numbers say
 * nothing about which product is pictured: those photos stay one product each.
 */
const CAMERA_PREFIX = /^(img|dsc|dscf|dscn|dcim|pxl|gopr|dji|mvimg|vid|screenshot)(?:$|[\s_-]*\d)/;

/**
 * Groups files dropped together into products by file-name stem: `SKU_1.jpg`, `SKU-2.jpg` and
 * `sku (3).jpg` become one product (stem `sku`), ordered by their number; a bare `sku.jpg` joins
 * as the first photo. Stems that share a base and end in an option (`TEE-01-RED_1.jpg`,
 * `TEE-01-BLUE_1.jpg`; `MUG_S.jpg`, `MUG_L.jpg`) become one product with variants, when at least
 * two distinct values share the base (see findVariantGroups). Any other file is a product of its
 * own. Groups keep the order in which their first file was given. Paths are accepted; only the
 * last path segment is read.
 */
export function groupByStem(fileNames: readonly string[]): StemGroup[] {
  const parsed = fileNames.map((file) => ({ file, ...parseNumberedName(baseName(file)) }));
  const numberedStems = new Set(parsed.flatMap((p) => (p.stem !== null && p.index !== null ? [p.stem] : [])));

  // One unit per numbered stem (its files in number order) or per other photo, in drop order.
  const units: (NameUnit & { numbered: boolean })[] = [];
  const members = new Map<string, { file: string; order: number; position: number }[]>();
  parsed.forEach((p, position) => {
    if (p.stem === null || !numberedStems.has(p.stem)) {
      units.push({ stem: p.stem, typed: productStemOf(p.file), files: [p.file], numbered: false });
      return;
    }
    let list = members.get(p.stem);
    if (!list) {
      list = [];
      members.set(p.stem, list);
      units.push({ stem: p.stem, typed: null, files: [], numbered: true });
    }
    list.push({ file: p.file, order: p.index ?? 0, position });
  });
  for (const unit of units) {
    if (!unit.numbered) continue;
    const list = members.get(unit.stem!) ?? [];
    list.sort((a, b) => a.order - b.order || a.position - b.position);
    unit.files = list.map((m) => m.file);
    unit.typed = productStemOf(unit.files[0]!);
  }

  const takenBy = new Map<number, VariantGrouping>();
  for (const { members: taken, grouping } of findVariantGroups(units)) for (const i of taken) takenBy.set(i, grouping);
  const groups: StemGroup[] = [];
  const placed = new Set<VariantGrouping>();
  units.forEach((unit, i) => {
    const grouping = takenBy.get(i);
    if (!grouping) {
      groups.push({ stem: unit.numbered ? unit.stem : null, files: unit.files });
    } else if (!placed.has(grouping)) {
      placed.add(grouping);
      groups.push({ stem: grouping.sku.toLowerCase(), files: [...grouping.shared, ...grouping.variants.flatMap((v) => v.files)], variants: grouping });
    }
  });
  return groups;
}

/**
 * Reads `SKU_2.jpg` as { stem: 'sku', index: 2 }. A name without a sequence number gives its whole
 * lower-cased name as stem and a null index (it may still join a numbered group of the same stem).
 */
export function parseNumberedName(fileName: string): { stem: string | null; index: number | null } {
  const name = stripExtension(fileName).trim();
  const lower = name.toLowerCase();
  if (lower === '' || CAMERA_PREFIX.test(lower)) return { stem: null, index: null };
  const match = NUMBERED_NAME.exec(name);
  if (!match) return { stem: lower, index: null };
  const digits = match[2] ?? match[3] ?? '';
  return { stem: (match[1] ?? '').trim().toLowerCase(), index: Number.parseInt(digits, 10) };
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The name a product goes by until the owner or the model gives it a better one: the stem of its
 * first photo's file name as the owner typed it ("MUG-01_1.jpg" → "MUG-01", "Lampe été (1).jpg" →
 * "Lampe été"), or null for a camera's numbered name (IMG_1234 says nothing about the product).
 */
export function productStemOf(fileName: string): string | null {
  const name = stripExtension(baseName(fileName)).trim();
  if (name === '' || CAMERA_PREFIX.test(name.toLowerCase())) return null;
  const match = NUMBERED_NAME.exec(name);
  return (match ? (match[1] ?? '') : name).trim() || null;
}
