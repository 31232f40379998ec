import { describe, expect, it } from 'vitest';
import { describeMissingBrowser, findBrowser } from './find-browser';

const only = (...present: string[]) => (file: string) => present.includes(file);

describe('findBrowser', () => {
  it('takes Debian Chromium first on Linux', () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/google-chrome', '/usr/bin/chromium') })).toEqual({
      found: true,
      path: '/usr/bin/chromium',
      from: 'system',
    });
  });

  it('finds Google Chrome on Linux when there is no Chromium', () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only('/opt/google/chrome/chrome') })).toMatchObject({ path: '/opt/google/chrome/chrome' });
  });

  it('finds Chrome in /Applications and in the user Applications folder on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: {}, exists: only(chrome) })).toMatchObject({ path: chrome });
    const mine = '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findBrowser({ platform: 'darwin', env: { HOME: '/Users/ann' }, exists: only(mine) })).toMatchObject({ path: mine });
  });

  it('finds a per-user and a machine-wide Chrome on Windows', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const perUser = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const x86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env, exists: only(perUser, x86) })).toMatchObject({ path: perUser });
    expect(findBrowser({ platform: 'win32', env, exists: only(x86) })).toMatchObject({ path: x86 });
  });

  it('takes the executable LISTING_STUDIO_CHROMIUM names ahead of every other', () => {
    const env = { LISTING_STUDIO_CHROMIUM: '/home/ann/chrome-linux64/chrome' };
    expect(findBrowser({ platform: 'linux', env, exists: only('/usr/bin/chromium', env.LISTING_STUDIO_CHROMIUM) })).toEqual({
      found: true,
      path: env.LISTING_STUDIO_CHROMIUM,
      from: 'env',
    });
  });

  it('reports a LISTING_STUDIO_CHROMIUM that names no file instead of using another browser', () => {
    const choice = findBrowser({ platform: 'linux', env: { LISTING_STUDIO_CHROMIUM: '/nope/chrome' }, exists: only('/usr/bin/chromium') });
    expect(choice).toEqual({ found: false, reason: 'LISTING_STUDIO_CHROMIUM=/nope/chrome: no such file' });
  });

  it("falls back to Playwright's installed Chromium, and to nothing when that is not installed either", () => {
    const playwrightChromium = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    expect(findBrowser({ platform: 'linux', env: {}, exists: only(playwrightChromium), playwrightChromium })).toEqual({
      found: true,
      path: playwrightChromium,
      from: 'playwright',
    });
    expect(findBrowser({ platform: 'linux', env: {}, exists: only(), playwrightChromium })).toEqual({ found: false, reason: 'no Chromium or Chrome found' });
  });
});

describe('describeMissingBrowser', () => {
  it('says in one line what to install, and why the automatic install did not help', () => {
    const line = describeMissingBrowser('no Chromium or Chrome found', 'getaddrinfo ENOTFOUND cdn.playwright.dev');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('apt-get install chromium');
    expect(line).toContain('LISTING_STUDIO_CHROMIUM');
    expect(line).toContain('ENOTFOUND cdn.playwright.dev');
  });
});
