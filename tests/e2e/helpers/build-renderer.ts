import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Builds the app with electron-vite into a folder of its own (not out/, which other work may be
 * rebuilding at the same moment) and returns the renderer's folder.
 */
export function buildRenderer(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'listing-studio-e2e-build-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rendererDir = path.join(outDir, 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error(`electron-vite build wrote no renderer to ${rendererDir}`);
  return rendererDir;
}
