import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { parseGoogleTaxonomy, type GoogleTaxonomy } from './google-taxonomy';

export const GOOGLE_TAXONOMY_FILE = 'google-product-taxonomy-with-ids.en-US.2021-09-21.txt';

export function googleTaxonomyPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'taxonomy', GOOGLE_TAXONOMY_FILE);
}

/** Reads the taxonomy that ships in resources/taxonomy (offline; about 5,600 lines, a few ms). */
export function loadGoogleTaxonomy(resourcesDir: string): GoogleTaxonomy {
  const file = googleTaxonomyPath(resourcesDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('not_found', `The product category list ${file} is missing; reinstall Listing Studio.`);
  }
  const taxonomy = parseGoogleTaxonomy(text);
  if (taxonomy.categories.length === 0) throw new AppError('corrupt_file', `The product category list ${file} holds no categories; reinstall Listing Studio.`);
  return taxonomy;
}
