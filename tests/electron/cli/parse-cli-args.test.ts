import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../electron/cli/parse-cli-args';

const parse = (line: string) => parseCliArgs(line.split(' ').filter(Boolean));

describe('parseCliArgs', () => {
  it('shows help without a command, for help and for -h', () => {
    for (const line of ['', 'help', 'generate -h', '--help']) expect(parse(line).command).toEqual({ name: 'help' });
  });

  it('reads import with files and folders, grouping by name unless told not to', () => {
    expect(parse('import a.jpg photos/').command).toEqual({ name: 'import', paths: ['a.jpg', 'photos/'], groupByName: true });
    expect(parse('import photos/ --no-group').command).toMatchObject({ groupByName: false });
  });

  it('reads which existing drafts generate --all may rewrite, and refuses unknown kinds or --rewrite without --all', () => {
    expect(parse('generate --all').command).toMatchObject({ selection: { all: true } });
    expect(parse('generate --all --rewrite drafts,approved --rewrite drafts').command).toMatchObject({ selection: { all: true, rewrite: ['drafts', 'approved'] } });
    expect(() => parse('generate --all --rewrite everything')).toThrow('--rewrite must be one of drafts, edited, approved, not "everything".');
    expect(() => parse('generate --product 3 --rewrite edited')).toThrow(CliUsageError);
  });

  it('reads generate --all with engine, model and word target', () => {
    const { command, json } = parse('generate --all --engine local --model m.gguf --mmproj p.gguf --words 60 --target etsy --tone luxury --json');
    expect(json).toBe(true);
    expect(command).toEqual({
      name: 'generate',
      selection: { all: true },
      gen: { engine: 'local', model: 'm.gguf', mmproj: 'p.gguf', words: 60, target: 'etsy', tone: 'luxury', language: undefined, parallel: undefined },
    });
  });

  it('takes product ids repeated or comma-separated', () => {
    expect(parse('generate --product 3 --product 5,8').command).toMatchObject({ selection: { productIds: [3, 5, 8] } });
  });

  it('implies the local engine when a model is given', () => {
    expect(parse('generate --all --model m.gguf --mmproj p.gguf').command).toMatchObject({ gen: { engine: 'local' } });
  });

  it('reads export and run with their lint policies', () => {
    expect(parse('export --format shopify --out shop.csv').command).toEqual({
      name: 'export',
      productIds: undefined,
      export: { format: 'shopify', out: 'shop.csv', onLintFailure: 'abort', imageBaseUrl: undefined, currency: undefined, copyImages: true },
    });
    expect(parse('run pics --format ebay --out e.csv --words 40 --no-images').command).toMatchObject({
      name: 'run',
      paths: ['pics'],
      gen: { words: 40 },
      export: { format: 'ebay', onLintFailure: 'skip', copyImages: false },
    });
    expect(parse('export --format etsy --out x.csv --on-lint-failure anyway').command).toMatchObject({ export: { onLintFailure: 'exportAnyway' } });
  });

  it('accepts --library anywhere (resolveLibraryDir reads it)', () => {
    expect(parse('status --library /tmp/lib').command).toEqual({ name: 'status' });
  });

  it('accepts --verbose with every command, off unless given', () => {
    expect(parse('status --verbose')).toMatchObject({ command: { name: 'status' }, verbose: true });
    expect(parse('export --format shopify --out a.csv --verbose').verbose).toBe(true);
    expect(parse('status').verbose).toBe(false);
  });

  it.each([
    ['frobnicate', 'Unknown command "frobnicate". Commands: import, generate, export, status, doctor, run, shop, catalog, drafts, approve, check, variants, help.'],
    ['import', 'import needs at least one photo file or folder, e.g. listing-studio import ~/Photos/shop.'],
    ['generate', 'generate needs exactly one of --all, --product ID (repeatable, or 1,2,3) or --resume.'],
    ['generate --all --product 3', 'generate needs exactly one of --all, --product ID (repeatable, or 1,2,3) or --resume.'],
    ['generate --product x1', '--product takes product IDs (whole numbers), not "x1".'],
    ['generate --all --words 5', '--words must be a whole number from 10 to 300, not "5".'],
    ['generate --all --engine gpu', '--engine must be one of local, cloud, not "gpu".'],
    ['generate --all --model m.gguf', '--model and --mmproj go together: give the model GGUF and its vision (mmproj) GGUF.'],
    ['generate --all --engine cloud --model m --mmproj p', '--model is for the local engine; leave it out with --engine cloud.'],
    ['export --out x.csv', 'export needs --format (shopify, woocommerce, ebay, google, etsy, generic).'],
    ['export --format shopify', 'export needs --out FILE, the CSV to write.'],
    ['export --format amazon --out x.csv', '--format must be one of shopify, woocommerce, ebay, google, etsy, generic, not "amazon".'],
    ['status --all', 'status does not take --all.'],
    ['status extra', 'status takes no file arguments (got "extra").'],
  ])('rejects "%s" with a message that says what to do', (line, message) => {
    let error: unknown;
    try {
      parse(line);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as Error).message).toBe(message);
  });

  it('names an unknown flag', () => {
    expect(() => parse('generate --all --turbo')).toThrow("Unknown option '--turbo'.");
  });
});

describe('parseCliArgs: shop, catalog and export selection', () => {
  it('reads shop show and shop set with the flags given', () => {
    expect(parse('shop show').command).toEqual({ name: 'shop', action: 'show' });
    expect(parse('shop set --shopify-url https://s.example.com --condition new').command).toEqual({
      name: 'shop', action: 'set', changes: { 'shopify-url': 'https://s.example.com', condition: 'new' },
    });
  });

  it('reads catalog import with column mappings and --apply', () => {
    expect(parseCliArgs(['catalog', 'import', 'p.csv', '--map', 'Item code=sku', '--map', 'Cost=price', '--apply']).command).toEqual({
      name: 'catalog', action: 'import', file: 'p.csv', map: { 'Item code': 'sku', Cost: 'price' }, apply: true,
    });
  });

  it('reads export --status, --include-exported and the shop overrides for one export', () => {
    expect(parse('export --format google --out g.txt --status all --include-exported --storefront woocommerce --condition used --etsy-supply yes').command).toMatchObject({
      export: { status: 'all', includeExported: true, overrides: { storefront: 'woocommerce', condition: 'used', etsyIsSupply: true } },
    });
  });

  it.each([
    ['shop', 'shop needs show or set, e.g. listing-studio shop set --shopify-url https://shop.example.com --condition new.'],
    ['shop set', 'shop set needs at least one of --platforms, --shopify-url, --shopify-path, --woocommerce-url, --woocommerce-path, --custom-url, --custom-path, --currency, --vendor, --condition, --ebay-category, --ebay-site, --etsy-taxonomy, --etsy-who-made, --etsy-when-made, --etsy-supply.'],
    ['catalog import', 'catalog needs import and a CSV file, e.g. listing-studio catalog import products.csv --apply.'],
    ['catalog import p.csv --map sku', '--map takes column=field, e.g. --map "Item code=sku", not "sku".'],
    ['export --format shopify --out x.csv --status sold', '--status must be one of approved, draft, flagged, all, not "sold".'],
    ['export --format shopify --out x.csv --product 3 --status all', '--product names the products itself; leave out --status and --include-exported.'],
    ['export --format etsy --out x.csv --etsy-supply maybe', '--etsy-supply takes yes or no, not "maybe".'],
  ])('rejects "%s", saying what to do', (line, message) => {
    expect(() => parse(line)).toThrow(new CliUsageError(message));
  });
});
