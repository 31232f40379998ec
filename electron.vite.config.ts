import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from './electron/main/content-security-policy';

/** Puts the production CSP in index.html as a meta tag: file: pages get no response headers. */
function cspMetaTag(): Plugin {
  return {
    name: 'listing-studio:csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, ctx) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: buildContentSecurityPolicy(ctx.server ? 'development' : 'production'),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    // Dependencies stay in node_modules (better-sqlite3, sharp and node-llama-cpp load native files).
    // An input, not build.lib: electron-vite's `?modulePath` sub-build (the HEIC worker) fails under lib mode.
    build: {
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can require only 'electron': bundle everything else into one CommonJS file.
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), cspMetaTag()],
    build: {
      // Less script to parse before the first frame: start-up time is what the window feels.
      minify: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
