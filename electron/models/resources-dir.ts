import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogPath } from './model-catalog';

/**
 * The repository's resources/ folder, for tests, the CLI and `electron-vite dev`. A packaged app
 * passes process.resourcesPath instead (electron-builder copies resources/models there). From
 * source the folder is found next to this file; from a bundle, relative to the working directory.
 */
export function defaultResourcesDir(): string {
  const fromSource = fileURLToPath(new URL('../../resources', import.meta.url));
  return fs.existsSync(catalogPath(fromSource)) ? fromSource : path.resolve('resources');
}
