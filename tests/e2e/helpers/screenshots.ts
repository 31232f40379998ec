import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '..', '..', '.artifacts', 'e2e');

/** Saves the page as tests/.artifacts/e2e/<name>.png and returns the path (printed with the test output). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`[e2e] screenshot ${path.relative(process.cwd(), file)}`);
  return file;
}
