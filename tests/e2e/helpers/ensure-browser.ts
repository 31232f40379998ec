import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describeMissingBrowser, findBrowser } from './find-browser';

function searchHere() {
  return { platform: process.platform, env: process.env, exists: (f: string) => fs.existsSync(f), playwrightChromium: chromium.executablePath() };
}

/**
 * Installs Playwright's own Chromium with playwright-core's installer (as root on Linux, with the
 * system libraries it needs). Returns why it failed, e.g. offline.
 */
function installPlaywrightChromium(): string | undefined {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js');
  const withDeps = process.platform === 'linux' && process.getuid?.() === 0 ? ['--with-deps'] : [];
  console.log(`Browser tests: no Chromium or Chrome on this machine; installing Playwright's Chromium (npx playwright-core install ${withDeps.join(' ')} chromium)…`);
  const run = spawnSync(process.execPath, [cli, 'install', ...withDeps, 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60_000 });
  if (run.status === 0) return undefined;
  const lastLine = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').filter(Boolean).pop();
  return lastLine ?? run.error?.message ?? `exit ${run.status}`;
}

/**
 * The executable the browser tests launch: found where users' machines keep one, else Playwright's
 * build, installed now when `install` allows. Throws the one line that says what to install.
 */
export function ensureBrowser(opts: { install: boolean }): string {
  const first = findBrowser(searchHere());
  if (first.found) return first.path;
  if (!opts.install || process.env.LISTING_STUDIO_CHROMIUM) throw new Error(describeMissingBrowser(first.reason));
  const installError = installPlaywrightChromium();
  const second = findBrowser(searchHere());
  if (second.found) return second.path;
  throw new Error(describeMissingBrowser(first.reason, installError ?? 'the installer finished but left no executable'));
}
