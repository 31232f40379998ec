import { ensureBrowser } from './ensure-browser';

/**
 * vitest globalSetup: before any test file starts, make sure the browser tests have a browser,
 * installing Playwright's Chromium once when the machine has none. Without one, only the browser
 * tests fail (each with the line saying what to install); the rest of the suite still runs.
 */
export default function setup(): void {
  try {
    console.log(`Browser tests drive ${ensureBrowser({ install: true })}`);
  } catch (err) {
    console.error((err as Error).message);
  }
}
