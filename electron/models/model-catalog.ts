import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { catalogEntrySchema, type CatalogEntry } from '../../shared/domain/local-model';
import { AppError } from '../../shared/errors';

export type { CatalogEntry, CatalogFile } from '../../shared/domain/local-model';

export const catalogSchema = z
  .object({
    version: z.literal(2),
    entries: z.array(catalogEntrySchema).min(1),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    for (const [i, entry] of catalog.entries.entries()) {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
      if (entry.model.fileName === entry.mmproj.fileName) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'mmproj', 'fileName'], message: 'model and mmproj need different file names' });
      }
    }
  });

export type Catalog = z.infer<typeof catalogSchema>;

/** resources/models/catalog.json under the app's resources folder. */
export function catalogPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'models', 'catalog.json');
}

export function chatTemplatePath(resourcesDir: string, templateFile: string): string {
  return path.join(resourcesDir, 'models', 'templates', templateFile);
}

export function parseCatalog(json: unknown, source = 'catalog.json'): Catalog {
  const parsed = catalogSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('internal', `${source} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}. Reinstall Listing Studio.`);
}

export function loadCatalog(resourcesDir: string): Catalog {
  const file = catalogPath(resourcesDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('not_found', `The model catalog ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}). Reinstall Listing Studio.`);
  }
  return parseCatalog(JSON.parse(text), file);
}

export function findCatalogEntry(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) throw new AppError('not_found', `There is no model "${id}" in the catalog.`);
  return entry;
}
