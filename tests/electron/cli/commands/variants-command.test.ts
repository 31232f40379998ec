import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../electron/cli/parse-cli-args';
import { seedProducts } from '../../db/temp-database';
import { createTestLibrary, type TestLibrary } from '../../export/library-fixture';
import { variantTables } from '../../variants/seed-variants';
import { runCliIn } from '../cli-in-process';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

describe('listing-studio variants', () => {
  it('makes variants, shows them, splits one out and back, and undoes the make, leaving the library as it was', async () => {
    const [red, blue, green] = seedProducts(lib.db, [{ photos: ['TEE-RED_1.jpg'], title: 'Cotton tee', sku: 'TEE-RED' }, { photos: ['TEE-BLUE_1.jpg'] }, { photos: ['TEE-GREEN_1.jpg'] }]) as [number, number, number];
    const before = variantTables(lib.db);

    const made = await runCliIn(lib.dir, ['variants', String(red), '--make', `${blue},${green}`]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('Cotton tee now has 3 variants: Red, Blue, Green.');
    // The product kept its SKU, which its Red variant now carries too: said, with a SKU to give it, never changed.
    expect(made.stdout).toContain(`Note: the product's SKU TEE-RED is also the Red variant's; WooCommerce needs the product's own. Give the product its own SKU with: listing-studio drafts set ${red} --sku TEE`);
    expect(lib.db.prepare('SELECT sku FROM drafts WHERE product_id = ?').pluck().get(red)).toBe('TEE-RED');
    const mergeId = /--undo-make (\d+)/.exec(made.stdout)![1]!;

    const shown = await runCliIn(lib.dir, ['variants', String(red), '--json']);
    const variants = shown.json<{ optionNames: string[]; variants: { id: number; values: string[] }[] }>();
    expect(variants.optionNames).toEqual(['Color']);
    const blueId = variants.variants[1]!.id;
    const human = await runCliIn(lib.dir, ['variants', String(red)]);
    expect(human.stdout).toContain(`Cotton tee (product ${red}): options Color; 3 variants`);
    expect(human.stdout).toContain(`  variant ${blueId}: Blue · SKU TEE-BLUE · price the product's · barcode — · stock not tracked · 1 photo`);

    const split = await runCliIn(lib.dir, ['variants', String(red), '--split', String(blueId)]);
    expect(split.code, split.stderr).toBe(0);
    expect(split.stdout).toMatch(/^Moved "Blue" out of Cotton tee into product \d+ \(Cotton tee – Blue\)\.$/m);
    const splitId = /--rejoin (\d+)/.exec(split.stdout)![1]!;
    const refused = await runCliIn(lib.dir, ['variants', String(red), '--undo-make', mergeId]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('some of its photos were split off since');

    const rejoined = await runCliIn(lib.dir, ['variants', String(red), '--rejoin', splitId]);
    expect(rejoined.code, rejoined.stderr).toBe(0);
    const undone = await runCliIn(lib.dir, ['variants', String(red), '--undo-make', mergeId]);
    expect(undone.code, undone.stderr).toBe(0);
    expect(variantTables(lib.db)).toEqual(before);
  });

  it('says in words what is wrong', async () => {
    const [a, b] = seedProducts(lib.db, [{ photos: ['a.jpg'], title: 'Vase' }, { photos: ['b.jpg'] }]) as [number, number];
    const none = await runCliIn(lib.dir, ['variants', String(a)]);
    expect(none.stdout).toContain(`Vase (product ${a}) has no variants. Make some with: listing-studio variants ${a} --make ID,ID`);
    const foreign = await runCliIn(lib.dir, ['variants', String(a), '--split', '99']);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`Variant 99 is not one of Vase (product ${a}). See its variants with: listing-studio variants ${a}`);
    const missing = await runCliIn(lib.dir, ['variants', String(a), '--make', `${b},777`]);
    expect(missing.stderr).toContain('Product 777 is not in the library');
  });

  it('reads its arguments, refusing mistakes with the usage hint', () => {
    expect(parseCliArgs(['variants', '4', '--make', '5,6', '--make', '7']).command).toEqual({ name: 'variants', action: 'make', productId: 4, others: [5, 6, 7] });
    expect(parseCliArgs(['variants', '4']).command).toEqual({ name: 'variants', action: 'show', productId: 4 });
    expect(() => parseCliArgs(['variants'])).toThrow(/variants needs a product ID/);
    expect(() => parseCliArgs(['variants', '4', '5'])).toThrow(/list the others with --make, e.g. --make 5/);
    expect(() => parseCliArgs(['variants', '4', '--split', '2', '--rejoin', '3'])).toThrow(/one of --split, --rejoin at a time/);
    expect(() => parseCliArgs(['variants', '4', '--split', 'blue'])).toThrow(/--split takes a variant ID .* whole numbers, not "blue"/);
  });
});
