import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPhotos } from '../../../electron/products/get-photos';
import { photoUrl } from '../../../shared/domain/photo-urls';
import { openTempDatabase, seedProducts, shaOf } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('getPhotos', () => {
  it('returns the photos in position order with their thumbnail and original URLs and palette', () => {
    const [id] = seedProducts(temp.db, [{ photos: ['a.jpg', 'b.jpg'] }]) as [number];
    temp.db.prepare(`UPDATE photos SET palette = '[{"hex":"#aabbcc","share":0.5}]' WHERE original_name = 'b.jpg'`).run();
    temp.db.prepare('UPDATE photos SET position = 1 - position WHERE product_id = ?').run(id);
    const photos = getPhotos(temp.db, id);
    expect(photos.map((p) => p.originalName)).toEqual(['b.jpg', 'a.jpg']);
    expect(photos[0]).toMatchObject({
      productId: id,
      position: 0,
      sha256: shaOf('b.jpg'),
      format: 'jpeg',
      width: 640,
      height: 480,
      palette: [{ hex: '#aabbcc', share: 0.5 }],
      thumbnailUrl: photoUrl('thumb', shaOf('b.jpg')),
      originalUrl: photoUrl('original', shaOf('b.jpg')),
    });
  });

  it('says not_found for an unknown product', () => {
    expect(() => getPhotos(temp.db, 42)).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Product 42') }));
  });
});
