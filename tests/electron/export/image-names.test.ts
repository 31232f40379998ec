import { describe, expect, it } from 'vitest';
import { imageUrl, planImages } from '../../../electron/export/image-names';

describe('planImages', () => {
  it('names photos <handle>-<n> with the extension of the file shipped, HEIC going out as the model-input JPEG', () => {
    const planned = planImages('tote', [
      { sha256: 'a', format: 'jpeg', originalName: 'a.jpg' },
      { sha256: 'b', format: 'heic', originalName: 'b.heic' },
      { sha256: 'c', format: 'png', originalName: 'c.png' },
    ]);
    expect(planned.map((p) => [p.fileName, p.source])).toEqual([
      ['tote-1.jpg', 'original'],
      ['tote-2.jpg', 'model-input'],
      ['tote-3.png', 'original'],
    ]);
  });
  it('builds URLs under the base URL, with or without a trailing slash', () => {
    expect(imageUrl('https://cdn.example.com/a/', 'tote-1.jpg')).toBe('https://cdn.example.com/a/tote-1.jpg');
    expect(imageUrl('https://cdn.example.com/a', 'tote-1.jpg')).toBe('https://cdn.example.com/a/tote-1.jpg');
    expect(imageUrl(undefined, 'tote-1.jpg')).toBe('');
  });
});
