import { describe, expect, it } from 'vitest';
import { groupByStem, parseNumberedName } from '../../../electron/photos/group-by-stem';

describe('groupByStem', () => {
  it('puts SKU_1, SKU-2 and sku (3) into one product ordered by number', () => {
    expect(groupByStem(['sku (3).jpg', 'SKU_1.jpg', 'SKU-2.png'])).toEqual([{ stem: 'sku', files: ['SKU_1.jpg', 'SKU-2.png', 'sku (3).jpg'] }]);
  });

  it('orders by number, not by text (2 before 10)', () => {
    expect(groupByStem(['mug_10.jpg', 'mug_2.jpg', 'mug_1.jpg'])[0]?.files).toEqual(['mug_1.jpg', 'mug_2.jpg', 'mug_10.jpg']);
  });

  it('makes one product per photo when names share no stem', () => {
    expect(groupByStem(['teapot.jpg', 'vase.png'])).toEqual([
      { stem: null, files: ['teapot.jpg'] },
      { stem: null, files: ['vase.png'] },
    ]);
  });

  it('keeps several products apart and in the order they were dropped', () => {
    const groups = groupByStem(['blue-shirt-2.jpg', 'hat_1.jpg', 'blue-shirt-1.jpg', 'lone.jpg', 'hat_2.jpg']);
    expect(groups).toEqual([
      { stem: 'blue-shirt', files: ['blue-shirt-1.jpg', 'blue-shirt-2.jpg'] },
      { stem: 'hat', files: ['hat_1.jpg', 'hat_2.jpg'] },
      { stem: null, files: ['lone.jpg'] },
    ]);
  });

  it('lets a bare name join its numbered siblings as the first photo', () => {
    expect(groupByStem(['lamp_2.jpg', 'Lamp.jpg', 'lamp_1.jpg'])[0]).toEqual({ stem: 'lamp', files: ['Lamp.jpg', 'lamp_1.jpg', 'lamp_2.jpg'] });
  });

  it('does not merge camera names like IMG_1234 or DSC_042 into one product', () => {
    const groups = groupByStem(['IMG_1234.JPG', 'IMG_1235.JPG', 'DSC_041.jpg', 'DSC_042.jpg', 'PXL_20240101_123.jpg']);
    expect(groups).toHaveLength(5);
    expect(groups.every((g) => g.stem === null && g.files.length === 1)).toBe(true);
  });

  it('reads only the last path segment, so folders do not change the stem', () => {
    expect(groupByStem(['/a/Shoe_1.jpg', 'C:\\b\\shoe_2.jpg'])).toEqual([{ stem: 'shoe', files: ['/a/Shoe_1.jpg', 'C:\\b\\shoe_2.jpg'] }]);
  });
});

describe('groupByStem: variants found in the names', () => {
  it('makes TEE-01-RED / BLUE / GREEN one product TEE-01 in three colours, in drop order', () => {
    const groups = groupByStem(['TEE-01-RED_2.jpg', 'TEE-01-RED_1.jpg', 'TEE-01-BLUE_1.jpg', 'vase.jpg', 'tee-01-green_1.jpg']);
    expect(groups).toEqual([
      {
        stem: 'tee-01',
        files: ['TEE-01-RED_1.jpg', 'TEE-01-RED_2.jpg', 'TEE-01-BLUE_1.jpg', 'tee-01-green_1.jpg'],
        variants: {
          sku: 'TEE-01',
          optionNames: ['Color'],
          shared: [],
          variants: [
            { values: ['Red'], sku: 'TEE-01-RED', files: ['TEE-01-RED_1.jpg', 'TEE-01-RED_2.jpg'] },
            { values: ['Blue'], sku: 'TEE-01-BLUE', files: ['TEE-01-BLUE_1.jpg'] },
            { values: ['Green'], sku: 'tee-01-green', files: ['tee-01-green_1.jpg'] },
          ],
        },
      },
      { stem: null, files: ['vase.jpg'] },
    ]);
  });

  it('reads size tokens on unnumbered names (MUG_S, MUG_L) as Size', () => {
    const [mug] = groupByStem(['MUG_S.jpg', 'MUG_L.jpg']);
    expect(mug).toMatchObject({ stem: 'mug', files: ['MUG_S.jpg', 'MUG_L.jpg'], variants: { sku: 'MUG', optionNames: ['Size'] } });
    expect(mug!.variants!.variants.map((v) => v.values)).toEqual([['S'], ['L']]);
  });

  it('reads a colour then a size as two options, and the bare name as shared photos', () => {
    const [tee] = groupByStem(['TEE-01-RED-XL_1.jpg', 'TEE-01-RED-S_1.jpg', 'TEE-01_1.jpg', 'TEE-01-NAVY-BLUE-S_1.jpg']);
    expect(tee!.variants).toMatchObject({ sku: 'TEE-01', optionNames: ['Color', 'Size'], shared: ['TEE-01_1.jpg'] });
    expect(tee!.variants!.variants.map((v) => v.values)).toEqual([['Red', 'XL'], ['Red', 'S'], ['Navy blue', 'S']]);
    expect(tee!.files[0]).toBe('TEE-01_1.jpg');
  });

  it('leaves a lone colour name, one value twice, mixed options and camera names as they were', () => {
    expect(groupByStem(['SCARF-RED_1.jpg', 'SCARF-RED_2.jpg'])).toEqual([{ stem: 'scarf-red', files: ['SCARF-RED_1.jpg', 'SCARF-RED_2.jpg'] }]);
    expect(groupByStem(['SCARF-RED.jpg'])).toEqual([{ stem: null, files: ['SCARF-RED.jpg'] }]);
    expect(groupByStem(['BAG-RED.jpg', 'BAG-L.jpg']).every((g) => g.variants === undefined)).toBe(true);
    expect(groupByStem(['IMG_1234-RED.jpg', 'IMG_1235-BLUE.jpg']).every((g) => g.variants === undefined)).toBe(true);
    expect(groupByStem(['MUG-01.jpg', 'MUG-02.jpg']).every((g) => g.variants === undefined)).toBe(true);
  });
});

describe('parseNumberedName', () => {
  it('splits stem and number for each separator style', () => {
    expect(parseNumberedName('SKU_1.jpg')).toEqual({ stem: 'sku', index: 1 });
    expect(parseNumberedName('SKU-02.jpeg')).toEqual({ stem: 'sku', index: 2 });
    expect(parseNumberedName('sku (3).jpg')).toEqual({ stem: 'sku', index: 3 });
    expect(parseNumberedName('red mug - 4.png')).toEqual({ stem: 'red mug', index: 4 });
  });

  it('gives no number for names without a short trailing number', () => {
    expect(parseNumberedName('teapot.jpg')).toEqual({ stem: 'teapot', index: null });
    expect(parseNumberedName('model500.jpg')).toEqual({ stem: 'model500', index: null });
    expect(parseNumberedName('item_12345.jpg')).toEqual({ stem: 'item_12345', index: null });
  });
});
