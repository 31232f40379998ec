import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { startDevHost, type DevHost } from '../../../electron/dev-host/create-dev-host';
import { buildRenderer } from './build-renderer';
import { collectPageProblems, launchChromium } from './launch-chromium';

export interface BrowserApp {
  tmp: string;
  core: Core;
  host: DevHost;
  page: Page;
  /** Page errors and console errors seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * What every browser test starts from: a fresh library, the 127.0.0.1 test host over the real
 * core, and a Chromium page. `prepare` runs on the core before the host serves it (seeding);
 * `coreOptions` adds what the desktop app would give the core (e.g. a keychain cipher).
 */
export async function startBrowserApp(
  name: string,
  prepare?: (core: Core) => Promise<unknown> | unknown,
  coreOptions: Omit<CoreOptions, 'libraryDir'> = {},
): Promise<BrowserApp> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `listing-studio-e2e-${name}-`));
  const rendererDir = buildRenderer();
  const core = openCore({ ...coreOptions, libraryDir: path.join(tmp, 'library') });
  await prepare?.(core);
  const host = await startDevHost({ core, rendererDir, uploadsDir: path.join(tmp, 'uploads') });
  const browser = await launchChromium();
  return {
    tmp,
    core,
    host,
    page: browser.page,
    problems: collectPageProblems(browser.page),
    async close() {
      await browser.close();
      await host.close();
      await core.queue.stopAll();
      await core.engine.stop();
      core.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
