import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../core/core';
import { defaultRendererDir, startDevHost } from './create-dev-host';

/**
 * `npx tsx electron/dev-host/main.ts [--library DIR]`: serves the built renderer over the real
 * core on 127.0.0.1 and prints the page link (with its one-run token). For development and tests.
 */
const args = process.argv.slice(2);
const libraryFlag = args.indexOf('--library');
const libraryDir = libraryFlag >= 0 && args[libraryFlag + 1] ? path.resolve(args[libraryFlag + 1]!) : fs.mkdtempSync(path.join(os.tmpdir(), 'listing-studio-host-'));
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = defaultRendererDir(repoRoot);
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`No built renderer at ${rendererDir}. Run "npx electron-vite build" first.`);
  process.exit(1);
}
const core = openCore({ libraryDir });
const host = await startDevHost({ core, rendererDir, uploadsDir: path.join(libraryDir, '.host-uploads') });
console.log(`Library: ${libraryDir}`);
console.log(`Open ${host.pageUrl}`);
const stop = () => {
  void host
    .close()
    .then(() => core.shutdown())
    .then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('[dev-host] stopping failed:', err);
        process.exit(1);
      },
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
