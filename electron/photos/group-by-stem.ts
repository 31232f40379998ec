/** Photos that become one product: `stem` is the shared, lower-cased name, or null for a lone photo. */
export interface StemGroup {
  stem: string | null;
  files: string[];
}

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
 * as the first photo. Any other file is a product of its own. Groups keep the order in which their
 * first file was given. Paths are accepted; only the last path segment is read.
 */
export function groupByStem(fileNames: readonly string[]): StemGroup[] {
  const parsed = fileNames.map((file) => ({ file, ...parseNumberedName(baseName(file)) }));
  const numberedStems = new Set(parsed.flatMap((p) => (p.stem !== null && p.index !== null ? [p.stem] : [])));

  const groups: StemGroup[] = [];
  const members = new Map<string, { file: string; order: number; position: number }[]>();
  parsed.forEach((p, position) => {
    const stem = p.stem !== null && numberedStems.has(p.stem) ? p.stem : null;
    if (stem === null) {
      groups.push({ stem: null, files: [p.file] });
      return;
    }
    let list = members.get(stem);
    if (!list) {
      list = [];
      members.set(stem, list);
      groups.push({ stem, files: [] });
    }
    list.push({ file: p.file, order: p.index ?? 0, position });
  });

  for (const group of groups) {
    if (group.stem === null) continue;
    const list = members.get(group.stem) ?? [];
    list.sort((a, b) => a.order - b.order || a.position - b.position);
    group.files = list.map((m) => m.file);
  }
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
