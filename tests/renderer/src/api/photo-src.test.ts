import { describe, expect, it } from 'vitest';
import { hostPhotoSrc } from '../../../../renderer/src/api/photo-src';

describe('hostPhotoSrc', () => {
  it('maps ls-photo URLs to the host photo route with the token, and leaves others alone', () => {
    const sha = 'a'.repeat(64);
    expect(hostPhotoSrc(`ls-photo://thumb/${sha}`, 'http://127.0.0.1:4000', 't/k n')).toBe(`http://127.0.0.1:4000/photo/thumb/${sha}?token=t%2Fk%20n`);
    expect(hostPhotoSrc('data:image/png;base64,xx', 'http://127.0.0.1:4000', 't')).toBe('data:image/png;base64,xx');
  });
});
