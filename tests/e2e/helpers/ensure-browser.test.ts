import { afterEach, describe, expect, it } from 'vitest';
import { ensureBrowser } from './ensure-browser';

const saved = process.env.LISTING_STUDIO_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.LISTING_STUDIO_CHROMIUM;
  else process.env.LISTING_STUDIO_CHROMIUM = saved;
});

describe('ensureBrowser', () => {
  it('fails with one line naming the missing executable rather than skipping the browser tests', () => {
    process.env.LISTING_STUDIO_CHROMIUM = '/nowhere/chrome';
    expect(() => ensureBrowser({ install: true })).toThrow(/^Browser tests need Chromium or Chrome: LISTING_STUDIO_CHROMIUM=\/nowhere\/chrome: no such file\. Install one/);
  });

  it('returns the executable LISTING_STUDIO_CHROMIUM names when it exists', () => {
    process.env.LISTING_STUDIO_CHROMIUM = process.execPath;
    expect(ensureBrowser({ install: false })).toBe(process.execPath);
  });
});
