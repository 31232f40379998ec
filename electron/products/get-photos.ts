import { photoUrl } from '../../shared/domain/photo-urls';
import type { PaletteEntry, Photo, PhotoScene } from '../../shared/domain/product';
import type { Db } from '../db/open-database';
import { requireProducts } from './require-products';

interface PhotoRow {
  id: number;
  product_id: number;
  position: number;
  sha256: string;
  original_name: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  palette: string;
  palette_scene: PhotoScene | null;
}

/** The product's photos in display order, with the URLs the renderer loads them by. */
export function getPhotos(db: Db, productId: number): Photo[] {
  requireProducts(db, [productId]);
  return db
    .prepare<[number], PhotoRow>(
      `SELECT id, product_id, position, sha256, original_name, format, width, height, bytes, palette, palette_scene
       FROM photos WHERE product_id = ? ORDER BY position, id`,
    )
    .all(productId)
    .map(toPhoto);
}

function toPhoto(row: PhotoRow): Photo {
  return {
    id: row.id,
    productId: row.product_id,
    position: row.position,
    sha256: row.sha256,
    originalName: row.original_name,
    format: row.format,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    palette: JSON.parse(row.palette) as PaletteEntry[],
    paletteScene: row.palette_scene,
    thumbnailUrl: photoUrl('thumb', row.sha256),
    originalUrl: photoUrl('original', row.sha256),
  };
}
