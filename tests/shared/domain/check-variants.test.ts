import { describe, expect, it } from 'vitest';
import { checkVariants, requireValidVariants } from '../../../shared/domain/check-variants';

const v = (values: string[], sku: string | null = null) => ({ values, sku });

describe('checkVariants', () => {
  it('accepts distinct combinations with one value per option', () => {
    expect(checkVariants('TEE-01', ['Color', 'Size'], [v(['Red', 'S'], 'TEE-01-RED-S'), v(['Red', 'M']), v(['Blue', 'S'])])).toEqual([]);
  });

  it('names the variant whose value holds a comma, and suggests a way to write it', () => {
    expect(checkVariants('TEE-01', ['Color'], [v(['Blue']), v(['Red, dark'])])).toEqual([
      'The "Red, dark" value of TEE-01\'s variant 2 holds a comma; storefronts split values on commas. Use "Dark red" or a dash.',
    ]);
  });

  it('names both variants of a repeated combination, whatever the case', () => {
    expect(checkVariants('Linen shirt', ['Color', 'Size'], [v(['Red', 'XL']), v(['Blue', 'XL']), v(['red', ' XL '])])).toEqual([
      'Linen shirt\'s variants 1 and 3 are both "red / XL"; each variant needs its own combination of values. Change one of them.',
    ]);
  });

  it('refuses a variant without a value for an option, or with too few values', () => {
    expect(checkVariants('MUG', ['Color', 'Size'], [v(['Red', '']), v(['Red'])])).toEqual([
      "MUG's variant 1 (Red) has no Size; give it one (every variant needs a value for each option).",
      "MUG's variant 2 has 1 value for 2 options (Color, Size); give it one value per option.",
    ]);
  });

  it('refuses a fourth option, options named twice and unnamed options', () => {
    const problems = checkVariants('TEE-01', ['Color', 'Size', 'color', ''], [v(['Red', 'S', 'x', 'y'])]);
    expect(problems).toEqual([
      'TEE-01 has 4 options (Color, Size, color, ); storefronts take at most 3. Remove one, or fold two into one (e.g. "Red / Cotton").',
      "TEE-01's option 4 has no name; give it one, e.g. Color or Size.",
      'TEE-01 has two options named "color" (options 1 and 3); give each option its own name.',
    ]);
  });

  it('refuses the same SKU on two variants, but not two variants without a SKU', () => {
    expect(checkVariants('TEE-01', ['Size'], [v(['S'], 'TEE-1'), v(['M']), v(['L']), v(['XL'], 'tee-1 ')])).toEqual([
      'TEE-01\'s variants 1 and 4 both have the SKU "tee-1"; each variant needs its own SKU.',
    ]);
  });

  it('refuses variants without options and options without variants', () => {
    expect(checkVariants('Vase', [], [v([])])).toEqual(['Vase has variants but no options; name at least one option, e.g. Color or Size.']);
    expect(checkVariants('Vase', ['Color'], [])).toEqual(['Vase names options (Color) but has no variants; remove the options or make variants first.']);
    expect(checkVariants('Vase', [], [])).toEqual([]);
  });

  it('throws every problem at once as invalid input', () => {
    expect(() => requireValidVariants('MUG', ['Size'], [v(['S,M']), v([''])])).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/variant 1 holds a comma.*variant 2 has no Size.*Nothing was saved\.$/) }),
    );
  });
});
