import { describe, expect, it } from 'vitest';
import { defaultExportName, isSuggestedName, joinPath } from '../../../../renderer/src/export/default-export-path';

describe('default export path', () => {
  const day = new Date('2025-03-14T10:00:00Z');
  it('names the file after the target and the day, .txt for Google', () => {
    expect(defaultExportName('shopify', day)).toBe('shopify-2025-03-14.csv');
    expect(defaultExportName('google', day)).toBe('google-2025-03-14.txt');
  });

  it('joins with the folder own separator and recognises its own suggestions', () => {
    expect(joinPath('/lib/', 'exports')).toBe('/lib/exports');
    expect(joinPath('C:\\Users\\me\\lib', 'a.csv')).toBe('C:\\Users\\me\\lib\\a.csv');
    expect(isSuggestedName('/lib/exports/etsy-2025-03-14.csv')).toBe(true);
    expect(isSuggestedName('/lib/exports/my-shop.csv')).toBe(false);
  });
});
