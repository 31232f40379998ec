import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { measureProductColours, type RawPixels } from '../../../electron/photos/dominant-palette';
import { familiesOfHex } from '../../../shared/text/colour/colour-families';
import { renderProductPhoto, type PhotoSpec } from '../../helpers/render-product-photo';

/** A rendered product photo, shrunk the way the import measures it. */
async function measure(spec: Omit<PhotoSpec, 'seed'>, seed = 3) {
  return measureProductColours(await toRaw(await renderProductPhoto({ ...spec, seed })));
}

async function toRaw(image: Buffer): Promise<RawPixels> {
  const { data, info } = await sharp(image).resize(128, 128, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Families of the palette colours large enough to back a claim. */
function familiesOf(palette: readonly { hex: string; share: number }[]): Set<string> {
  return new Set(palette.filter((e) => e.share >= 0.08).flatMap((e) => familiesOfHex(e.hex)));
}

const WHITE = '#f7f7f7';

describe('measureProductColours', () => {
  it('leaves out the backdrop and the soft shadow on it: a red product reads red only', async () => {
    const { palette, scene } = await measure({ product: '#c62828', backdrop: WHITE });
    expect(scene).toBe('backdrop');
    expect([...familiesOf(palette)]).toEqual(['red']);
  });

  it('keeps a darker, desaturated backdrop as backdrop: a shadow on grey paper is not product', async () => {
    const { palette } = await measure({ product: '#2e7d32', backdrop: '#9e9e9e' });
    expect([...familiesOf(palette)]).toEqual(['green']);
  });

  it('tells a silver product from its own grey shadow and never calls it black', async () => {
    const { palette, scene } = await measure({ product: '#c4c4c8', backdrop: WHITE });
    expect(scene).toBe('backdrop');
    const families = familiesOf(palette);
    expect(families.has('silver')).toBe(true);
    expect(families.has('black')).toBe(false);
  });

  it('corrects warm light from the backdrop: navy stays blue and silver stays neutral', async () => {
    const warm = [1, 0.86, 0.66] as const;
    expect(familiesOf((await measure({ product: '#243a6b', backdrop: WHITE, light: warm })).palette)).toContain('blue');
    const silver = familiesOf((await measure({ product: '#c4c4c8', backdrop: WHITE, light: warm })).palette);
    expect(silver.has('silver')).toBe(true);
    expect(silver.has('beige')).toBe(false);
  });

  it('measures a product that fills the frame whole instead of taking it for backdrop', async () => {
    const { palette, scene } = await measure({ product: '#1565c0', backdrop: WHITE, fill: true });
    expect(scene).toBe('filled');
    expect([...familiesOf(palette)]).toEqual(['blue']);
  });

  it('finds both colours of a two-colour product', async () => {
    const families = familiesOf((await measure({ product: '#1565c0', second: '#f2c919', backdrop: WHITE })).palette);
    expect(families.has('blue') && families.has('yellow')).toBe(true);
  });

  it('calls a photo with a busy border a lifestyle shot', async () => {
    const stripes = Array.from({ length: 12 }, (_, i) => `<rect x="${i * 40}" width="40" height="480" fill="${['#8d6e63', '#43a047', '#1e88e5', '#fdd835'][i % 4]}"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480">${stripes}<rect x="160" y="160" width="160" height="160" fill="#c62828"/></svg>`;
    const { scene } = measureProductColours(await toRaw(await sharp(Buffer.from(svg)).png().toBuffer()));
    expect(scene).toBe('lifestyle');
  });

  it('takes whatever is opaque for the product on a transparent cut-out', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="60" fill="#6a1b9a"/></svg>';
    const { palette, scene } = measureProductColours(await toRaw(await sharp(Buffer.from(svg)).png().toBuffer()));
    expect(scene).toBe('backdrop');
    expect([...familiesOf(palette)]).toEqual(['purple']);
  });
});
