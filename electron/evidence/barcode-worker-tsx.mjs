// Entry of the barcode worker when the app runs from its TypeScript sources (vitest, the CLI through
// tsx): a worker thread starts without the parent's loader, so it registers tsx itself, as the HEIC
// worker's entry does (electron/photos/decode-heic-worker-tsx.mjs). The electron-vite build never uses this file.
import { register } from 'tsx/esm/api';

register();
await import('./barcode-worker.ts');
