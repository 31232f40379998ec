// Entry of the HEIC worker when the app runs from its TypeScript sources (vitest, the CLI through
// tsx): a worker thread starts without the parent's loader, so it registers tsx itself, the same way
// bin/listing-studio.js does. The electron-vite build never uses this file.
import { register } from 'tsx/esm/api';

register();
await import('./decode-heic-worker.ts');
