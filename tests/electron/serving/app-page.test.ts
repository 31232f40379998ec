import { describe, expect, it } from 'vitest';
import { appSchemePage, devPage, isAppOriginUrl, isAppPageUrl } from '../../../electron/serving/app-page';

describe('isAppPageUrl', () => {
  const page = appSchemePage('/opt/Listing Studio/out/renderer');

  it('names the built page on the ls-app scheme and accepts it with any hash or query', () => {
    expect(page.url).toBe('ls-app://renderer/index.html');
    expect(isAppPageUrl('ls-app://renderer/index.html', page)).toBe(true);
    expect(isAppPageUrl('ls-app://renderer/index.html#/products/4', page)).toBe(true);
  });

  it('refuses other pages, other hosts, other schemes, garbage and missing frames', () => {
    for (const url of [
      'ls-app://renderer/other.html',
      'ls-app://evil/index.html',
      'file:///opt/Listing%20Studio/out/renderer/index.html',
      'https://renderer/index.html',
      'ls-photo://renderer/index.html',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppPageUrl(url, page)).toBe(false);
    }
  });

  it("counts the page's scripts as its origin, and nothing on another host or scheme", () => {
    expect(isAppOriginUrl('ls-app://renderer/assets/index-abc.js', page)).toBe(true);
    expect(isAppOriginUrl('ls-app://other/assets/index-abc.js', page)).toBe(false);
    expect(isAppOriginUrl('https://renderer/assets/index-abc.js', page)).toBe(false);
    expect(isAppOriginUrl('::', page)).toBe(false);
  });

  it('accepts any path on the dev server origin, and nothing on another port or host', () => {
    const dev = devPage('http://localhost:5173');
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/src/x.html', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false);
  });
});
