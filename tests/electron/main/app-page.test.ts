import { describe, expect, it } from 'vitest';
import { devPage, filePage, isAppPageUrl } from '../../../electron/main/app-page';

describe('isAppPageUrl', () => {
  const file = filePage('/opt/Listing Studio/out/renderer/index.html');

  it('accepts the built page with any hash or query', () => {
    expect(isAppPageUrl('file:///opt/Listing%20Studio/out/renderer/index.html', file)).toBe(true);
    expect(isAppPageUrl('file:///opt/Listing%20Studio/out/renderer/index.html#/products/4', file)).toBe(true);
  });

  it('refuses other files, other schemes, garbage and missing frames', () => {
    for (const url of [
      'file:///opt/Listing%20Studio/out/renderer/other.html',
      'file:///tmp/index.html',
      'https://opt/Listing%20Studio/out/renderer/index.html',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppPageUrl(url, file)).toBe(false);
    }
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
