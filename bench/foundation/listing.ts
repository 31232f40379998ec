import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Db } from '../../electron/db/open-database';
import { listProducts } from '../../electron/products/list-products';
import { machineLine, writeBenchSection } from '../results-file';
import { loadPerCore, percentile, timeCall, type Sample } from './measure';

export interface ListingResult {
  products: number;
  photos: number;
  runs: number;
  /** listProducts of every product with its first thumbnail, wall clock. */
  medianMs: number;
  p95Ms: number;
  /** The same calls' CPU time in this process. */
  cpuMedianMs: number;
  /** Bare `SELECT id FROM products` of the same rows, same run. */
  baselineMedianMs: number;
  ratio: number;
  /** A search over title, SKU and file names that matches about 1 product in 100. */
  searchMedianMs: number;
  loadPerCore: number;
  markdown: string;
}

export const LISTING_GOAL_MS = 100;

/**
 * The product grid's load: 10,000 products with 1-4 photos each, most with drafts, listed in
 * full with each first photo's thumbnail URL, against a bare id scan of the same table.
 */
export function benchListing(opts: { products?: number; runs?: number } = {}): ListingResult {
  const count = opts.products ?? 10_000;
  const runs = opts.runs ?? 30;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-listing-'));
  const db = openDatabase(path.join(dir, 'library.sqlite'));
  try {
    const photos = seedLibrary(db, count);
    const bare = db.prepare('SELECT id FROM products');
    const timed: Sample[] = [];
    const baseline: Sample[] = [];
    const searched: Sample[] = [];
    for (let i = -3; i < runs; i++) {
      let rows = 0;
      let listed = 0;
      const b = timeCall(() => (rows = bare.all().length));
      const l = timeCall(() => (listed = listProducts(db, {}).items.length));
      const s = timeCall(() => listProducts(db, { search: 'ember' }));
      if (rows !== count || listed !== count) throw new Error(`listing bench: listed ${listed} and scanned ${rows} of ${count} products`);
      if (i < 0) continue;
      baseline.push(b);
      timed.push(l);
      searched.push(s);
    }
    const wall = timed.map((t) => t.wallMs);
    const baselineMedianMs = percentile(baseline.map((t) => t.wallMs), 0.5);
    const r = {
      products: count,
      photos,
      runs,
      medianMs: percentile(wall, 0.5),
      p95Ms: percentile(wall, 0.95),
      cpuMedianMs: percentile(timed.map((t) => t.cpuMs), 0.5),
      baselineMedianMs,
      ratio: percentile(wall, 0.5) / baselineMedianMs,
      searchMedianMs: percentile(searched.map((t) => t.wallMs), 0.5),
      loadPerCore: loadPerCore(os.loadavg(), os.cpus().length),
    };
    return { ...r, markdown: listingMarkdown(r) };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Products as an import of SKU-named photos leaves them; every 100th is an "ember" product. */
function seedLibrary(db: Db, count: number): number {
  const now = new Date().toISOString();
  const addProduct = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const addPhoto = db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at)
     VALUES (?, ?, ?, ?, 'jpeg', 3000, 2000, 2500000, ?)`,
  );
  const addDraft = db.prepare('INSERT INTO drafts (product_id, title, description, sku, status, flags, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
  let photos = 0;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const sku = `SKU-${String(i).padStart(5, '0')}`;
      const id = Number(addProduct.run(sku, now, now).lastInsertRowid);
      for (let p = 0; p < 1 + (i % 4); p++) {
        addPhoto.run(id, p, crypto.createHash('sha256').update(`${sku}/${p}`).digest('hex'), `${sku}_${p + 1}.jpg`, now);
        photos++;
      }
      if (i % 10 === 0) continue;
      const title = i % 100 === 1 ? `Ember glazed mug ${i}` : `Stoneware bowl ${i}`;
      const flags = i % 7 === 0 ? '[{"code":"word_count","reason":"Description has 61 words; the target is 45-55."}]' : '[]';
      addDraft.run(id, title, 'Wheel-thrown stoneware with a speckled glaze. '.repeat(6), sku, flags === '[]' ? 'draft' : 'flagged', flags, now);
    }
  })();
  db.pragma('optimize');
  return photos;
}

function listingMarkdown(r: Omit<ListingResult, 'markdown'>): string {
  const ms = (n: number) => n.toFixed(2);
  return [
    `### Product grid listing (${r.products.toLocaleString('en')} products, ${r.photos.toLocaleString('en')} photos, ${r.runs} runs)`,
    '',
    `Machine: ${machineLine()}; load ${r.loadPerCore.toFixed(1)} per core while it ran.`,
    '',
    '| | median ms | p95 ms |',
    '|---|---:|---:|',
    `| listProducts, all rows with first thumbnail, wall | ${ms(r.medianMs)} | ${ms(r.p95Ms)} |`,
    `| listProducts, CPU time of this process | ${ms(r.cpuMedianMs)} | |`,
    `| baseline: bare \`SELECT id FROM products\` | ${ms(r.baselineMedianMs)} | |`,
    `| listProducts with search (title, SKU, file names) | ${ms(r.searchMedianMs)} | |`,
    '',
    `Ratio: ${r.ratio.toFixed(1)}× the bare id scan. Goal < ${LISTING_GOAL_MS} ms: ${r.medianMs < LISTING_GOAL_MS ? 'met' : 'NOT met'} (median).`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchListing();
  console.log(result.markdown);
  if (process.argv.includes('--write')) writeBenchSection('foundation-listing', result.markdown);
}
