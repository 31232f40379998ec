import { outsideAsar } from '../photos/decode-heic-worker-url';

/**
 * Where the barcode worker's code is, the same way as the HEIC worker's (see
 * electron/photos/decode-heic-worker-url.ts): from the TypeScript sources, a small .mjs that
 * registers tsx; in the electron-vite build, the file `?modulePath` bundled, unpacked from the asar
 * in a packaged app (electron-builder.yml).
 */
export async function locateBarcodeWorker(): Promise<URL | string> {
  if (import.meta.url.endsWith('.ts')) return new URL('./barcode-worker-tsx.mjs', import.meta.url);
  const { default: bundledPath } = await import('./barcode-worker?modulePath');
  return outsideAsar(bundledPath);
}
