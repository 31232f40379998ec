import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface ShopPhoto {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/** A product-like photo: a coloured object on a light backdrop, so the palette has something to find. */
async function productPhoto(colour: string, format: 'jpeg' | 'png'): Promise<Buffer> {
  const object = await sharp({ create: { width: 220, height: 260, channels: 3, background: colour } }).png().toBuffer();
  const base = sharp({ create: { width: 480, height: 400, channels: 3, background: '#f4f2ee' } }).composite([{ input: object, left: 130, top: 70 }]);
  return format === 'jpeg' ? base.jpeg({ quality: 85 }).toBuffer() : base.png().toBuffer();
}

/**
 * Five dropped photos: four products (one file each, different names) and one file that claims
 * to be a JPEG but is cut off after its header, as a failed copy would leave it.
 */
export async function makeShopPhotos(): Promise<{ photos: ShopPhoto[]; corruptName: string }> {
  const good: [string, string, 'jpeg' | 'png'][] = [
    ['linen-tote.jpg', '#a0522d', 'jpeg'],
    ['blue-mug.png', '#1e5bb8', 'png'],
    ['wool-scarf.jpg', '#b22234', 'jpeg'],
    ['brass-candle-holder.jpg', '#c9a227', 'jpeg'],
  ];
  const photos: ShopPhoto[] = [];
  for (const [name, colour, format] of good) photos.push({ name, mimeType: format === 'jpeg' ? 'image/jpeg' : 'image/png', bytes: await productPhoto(colour, format) });
  const whole = await productPhoto('#333333', 'jpeg');
  const corruptName = 'broken-copy.jpg';
  photos.push({ name: corruptName, mimeType: 'image/jpeg', bytes: whole.subarray(0, 600) });
  return { photos, corruptName };
}

const PRODUCT_NAMES = ['oak-bowl', 'felt-slippers', 'clay-vase', 'silk-tie', 'cork-coasters', 'tin-lantern', 'jute-rug', 'glass-carafe'];

/** One photo per product (at most 8), each a different colour; the names carry no numbers, which would group them. */
export async function makeProductPhotos(count: number): Promise<ShopPhoto[]> {
  const photos: ShopPhoto[] = [];
  for (const [i, name] of PRODUCT_NAMES.slice(0, count).entries()) {
    const colour = `hsl(${Math.round((360 * i) / count)}, 60%, 45%)`;
    photos.push({ name: `${name}.jpg`, mimeType: 'image/jpeg', bytes: await productPhoto(colour, 'jpeg') });
  }
  return photos;
}

export function writePhotos(dir: string, photos: readonly ShopPhoto[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return photos.map((p) => {
    const file = path.join(dir, p.name);
    fs.writeFileSync(file, p.bytes);
    return file;
  });
}
