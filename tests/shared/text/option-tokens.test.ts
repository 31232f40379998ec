import { describe, expect, it } from 'vitest';
import { nameTokens, readOptions, trailingOptions } from '../../../shared/text/option-tokens';

describe('trailingOptions', () => {
  it.each([
    ['TEE-01-RED', ['TEE', '01'], ['Color=Red']],
    ['TEE-01-RED-XL', ['TEE', '01'], ['Color=Red', 'Size=XL']],
    ['tee_01_light_grey', ['tee', '01'], ['Color=Light grey']],
    ['MUG_S', ['MUG'], ['Size=S']],
    ['MUG-500ml', ['MUG'], ['Size=500ml']],
  ])('%s', (stem, base, options) => {
    const read = trailingOptions(nameTokens(stem));
    expect(read?.base).toEqual(base);
    expect(read?.options.map((o) => `${o.kind}=${o.value}`)).toEqual(options);
  });

  it.each(['MUG-01', 'RED', 'SCARF-WOOL', 'TEE-RED-BLUE'])('%s ends in no option', (stem) => {
    expect(trailingOptions(nameTokens(stem))?.options.length ?? 0).toBeLessThan(stem === 'TEE-RED-BLUE' ? 2 : 1);
  });
});

describe('readOptions', () => {
  it('reads bare numbers as sizes only when told', () => {
    expect(readOptions(['38'])).toBeNull();
    expect(readOptions(['38'], { numbers: true })).toEqual([{ kind: 'Size', value: '38', tokens: 1 }]);
    expect(readOptions(['red', 'blue'])).toBeNull();
  });
});
