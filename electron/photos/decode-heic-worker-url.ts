import fs from 'node:fs';

/**
 * Where the HEIC worker's code is, in each way the core runs. From the TypeScript sources (vitest,
 * the CLI through tsx) this module's own URL ends in .ts, and the worker starts through a small
 * .mjs that registers tsx. In the electron-vite build, the `?modulePath` import makes electron-vite
 * bundle decode-heic-worker.ts as a file of its own and gives its absolute path; that import only
 * runs there, since neither tsx nor vitest knows the suffix.
 */
export async function locateHeicWorker(): Promise<URL | string> {
  if (import.meta.url.endsWith('.ts')) return new URL('./decode-heic-worker-tsx.mjs', import.meta.url);
  const { default: bundledPath } = await import('./decode-heic-worker?modulePath');
  return outsideAsar(bundledPath);
}

/**
 * In the packaged app the bundle sits inside app.asar; electron-builder.yml unpacks the worker and
 * heic-decode beside it (app.asar.unpacked), so the worker loads from real files whether or not
 * worker threads can read the archive.
 */
export function outsideAsar(file: string): string {
  const unpacked = file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== file && fs.existsSync(unpacked) ? unpacked : file;
}
