import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../electron/cli/parse-cli-args';

describe('parseCliArgs: drafts, approve and check', () => {
  it('reads drafts set with every field flag, repeated --attr and "none" clearing price and SKU', () => {
    const { command } = parseCliArgs(['drafts', 'set', '7', '--title', 'Red mug', '--tags', 'mug, red ,', '--price', 'none', '--sku', 'none', '--attr', 'material=stoneware', '--attr', 'size=']);
    expect(command).toEqual({ name: 'drafts', action: 'set', productId: 7, changes: { title: 'Red mug', tags: ['mug', 'red'], price: null, sku: null, attributes: { material: 'stoneware', size: '' } } });
  });

  it('reads drafts show, drafts confirm with its words, approve with spaced or comma ids, and check', () => {
    expect(parseCliArgs(['drafts', 'show', '3', '--json'])).toMatchObject({ command: { name: 'drafts', action: 'show', productId: 3 }, json: true });
    expect(parseCliArgs(['drafts', 'confirm', '3', 'Nike', '12 oz']).command).toEqual({ name: 'drafts', action: 'confirm', productId: 3, words: ['Nike', '12 oz'] });
    expect(parseCliArgs(['approve', '3', '4,5', '3']).command).toEqual({ name: 'approve', productIds: [3, 4, 5] });
    expect(parseCliArgs(['check']).command).toEqual({ name: 'check', productIds: undefined });
    expect(parseCliArgs(['check', '--product', '2,9']).command).toEqual({ name: 'check', productIds: [2, 9] });
  });

  it.each([
    [['drafts', 'set', '3'], 'drafts set needs at least one of --title'],
    [['drafts', 'show', '3', '--title', 'x'], 'drafts show takes no --title'],
    [['drafts', 'set', 'abc', '--title', 'x'], 'Product IDs are whole numbers, not "abc"'],
    [['drafts', 'set', '3', '--price', '12,50'], '--price takes a number like 12.50'],
    [['drafts', 'open', '3'], 'drafts needs show, set or confirm'],
    [['drafts', 'confirm', '3'], 'drafts confirm needs the words'],
    [['approve'], 'approve needs product IDs'],
    [['check', '--title', 'x'], 'check does not take --title'],
  ])('refuses %j, naming what to do', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
