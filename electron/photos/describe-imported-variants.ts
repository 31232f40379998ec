import path from 'node:path';
import { variantLabel } from '../../shared/domain/variant';
import type { ImportedVariantGroup } from '../../shared/ipc/routes/library';
import { colourFitsPhotos, measuredColourName } from '../../shared/text/colour/nearest-colour-name';
import type { VariantGrouping } from './find-variant-groups';
import type { ReadyPhoto } from './prepare-photo';

/**
 * The import report's line for a product saved with variants ("TEE-01: 3 variants (Red, Blue,
 * Green)"), and a warning for each colour named in a file name that its own photos do not show:
 * the name's value is kept (the owner named it), but a mix-up of files is worth a look.
 */
export function describeImportedVariants(
  productId: number,
  grouping: VariantGrouping,
  saved: readonly { values: string[]; files: string[] }[],
  ready: readonly ReadyPhoto[],
): ImportedVariantGroup {
  const labels = saved.map((v) => variantLabel(v.values));
  const colourAt = grouping.optionNames.indexOf('Color');
  const byFile = new Map(ready.map((p) => [p.file, { palette: p.palette, scene: p.paletteScene }]));
  const warnings: string[] = [];
  if (colourAt >= 0) {
    for (const variant of saved) {
      const named = variant.values[colourAt]!;
      const photos = variant.files.flatMap((f) => byFile.get(f) ?? []);
      if (colourFitsPhotos(named, photos) !== false) continue;
      const seen = measuredColourName(photos);
      const files = variant.files.map((f) => path.basename(f)).join(', ');
      warnings.push(`${grouping.sku}: the photos of the ${named} variant (${files}) look ${seen ?? 'like another colour'}${seen ? `, not ${named}` : ''}. Check the file names; the variant keeps "${named}" until you change it.`);
    }
  }
  return {
    productId,
    name: grouping.sku,
    optionNames: grouping.optionNames,
    variants: labels,
    summary: `${grouping.sku}: ${saved.length} variants (${labels.join(', ')})`,
    warnings,
  };
}
