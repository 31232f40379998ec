import { describe, expect, it } from 'vitest';
import { proposeOptions } from '../../../electron/variants/propose-options';

const red = [{ palette: [{ hex: '#d01010', share: 1 }], scene: 'backdrop' as const }];
const blue = [{ palette: [{ hex: '#1040d0', share: 1 }], scene: 'backdrop' as const }];
const green = [{ palette: [{ hex: '#10a030', share: 1 }], scene: 'backdrop' as const }];
const none = [{ palette: [], scene: null }];

describe('proposeOptions', () => {
  it('reads colour words where the names differ, as Color from the name', () => {
    expect(proposeOptions([{ name: 'TEE-01-RED', photos: red }, { name: 'TEE-01-NAVY-BLUE', photos: blue }, { name: 'tee 01 green', photos: green }])).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Red'], sources: ['name'] },
        { values: ['Navy blue'], sources: ['name'] },
        { values: ['Green'], sources: ['name'] },
      ],
    });
  });

  it('reads sizes (letters, words and numbers) as Size, and colour plus size as two options', () => {
    expect(proposeOptions([{ name: 'MUG_S', photos: none }, { name: 'MUG_Large', photos: none }]).variants.map((v) => v.values)).toEqual([['S'], ['Large']]);
    expect(proposeOptions([{ name: 'BOOT 38', photos: none }, { name: 'BOOT 40', photos: none }]).variants.map((v) => v.values)).toEqual([['38'], ['40']]);
    const both = proposeOptions([{ name: 'TEE-RED-XL', photos: red }, { name: 'TEE-BLUE-S', photos: blue }]);
    expect(both.optionNames).toEqual(['Color', 'Size']);
    expect(both.variants.map((v) => v.values)).toEqual([['Red', 'XL'], ['Blue', 'S']]);
  });

  it('measures the colour of a product whose name says none, where the others name theirs', () => {
    const proposed = proposeOptions([{ name: 'TEE-RED', photos: red }, { name: 'TEE-BLUE', photos: blue }, { name: 'TEE', photos: green }]);
    expect(proposed.variants[2]).toEqual({ values: ['Green'], sources: ['measured'] });
  });

  it('takes Color from the photos when the names say nothing and the colours differ', () => {
    expect(proposeOptions([{ name: null, photos: red }, { name: null, photos: blue }])).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Red'], sources: ['measured'] },
        { values: ['Blue'], sources: ['measured'] },
      ],
    });
  });

  it('falls back to Style from each name, numbering values that repeat', () => {
    const proposed = proposeOptions([{ name: 'Vase', photos: red }, { name: 'Vase', photos: red }, { name: null, photos: none }]);
    expect(proposed.optionNames).toEqual(['Style']);
    expect(proposed.variants.map((v) => v.values)).toEqual([['Vase'], ['Vase 2'], ['Variant 3']]);
    expect(proposeOptions([{ name: 'LAMP-OAK', photos: none }, { name: 'LAMP-WALNUT-TALL', photos: none }]).variants.map((v) => v.values)).toEqual([['Oak'], ['Walnut Tall']]);
  });

  it("fits products joining a product with variants to its option names, avoiding its values", () => {
    const proposed = proposeOptions(
      [{ name: 'TEE-RED', photos: red }, { name: 'TEE-BLUE', photos: blue }, { name: 'TEE-RED', photos: red }, { name: 'TEE-GREEN', photos: green }],
      { optionNames: ['Colour'], taken: [['Red'], ['Sky']] },
    );
    expect(proposed.variants.map((v) => v.values)).toEqual([['Red'], ['Sky'], ['Red 2'], ['Green']]);
  });

  it('never makes a title an option value: a titled product beside unnamed ones takes its measured colour', () => {
    // "Make variants" of a product the owner titled and two straight off the camera (IMG_…, no name).
    expect(proposeOptions([{ name: null, title: 'Cotton Tee', photos: red }, { name: null, photos: blue }, { name: null, photos: green }])).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Red'], sources: ['measured'] },
        { values: ['Blue'], sources: ['measured'] },
        { values: ['Green'], sources: ['measured'] },
      ],
    });
    // Titles on every product: their differing colour words count, their other words never do.
    expect(proposeOptions([{ name: null, title: 'Cotton Tee in Red', photos: green }, { name: null, title: 'Cotton Tee in Blue', photos: green }]).variants).toEqual([
      { values: ['Red'], sources: ['name'] },
      { values: ['Blue'], sources: ['name'] },
    ]);
    expect(proposeOptions([{ name: null, title: 'Cotton Tee', photos: red }, { name: null, title: 'Organic Shirt', photos: blue }])).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Red'], sources: ['measured'] },
        { values: ['Blue'], sources: ['measured'] },
      ],
    });
  });

  it('compares names with names only: a lone SKU beside unnamed products gives no Style, only a colour word it names', () => {
    expect(proposeOptions([{ name: 'TEE-01', photos: red }, { name: null, photos: blue }]).variants).toEqual([
      { values: ['Red'], sources: ['measured'] },
      { values: ['Blue'], sources: ['measured'] },
    ]);
    expect(proposeOptions([{ name: 'TEE-01-NAVY', photos: blue }, { name: null, photos: green }]).variants).toEqual([
      { values: ['Navy'], sources: ['name'] },
      { values: ['Green'], sources: ['measured'] },
    ]);
    // Named products still differ by their names where an unnamed one joins them.
    expect(proposeOptions([{ name: 'TEE-RED', photos: red }, { name: 'TEE-BLUE', photos: blue }, { name: null, title: 'Cotton Tee', photos: green }]).variants.map((v) => v.values)).toEqual([
      ['Red'],
      ['Blue'],
      ['Green'],
    ]);
  });
});
