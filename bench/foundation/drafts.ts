import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/db/open-database';
import { getDraft } from '../../electron/drafts/get-draft';
import { updateDraft } from '../../electron/drafts/update-draft';
import { machineLine, writeBenchSection } from '../results-file';
import { loadPerCore, percentile, timeCall, type Sample } from './measure';

export interface AutosaveResult {
  saves: number;
  /** Wall-clock milliseconds per updateDraft. */
  p50Ms: number;
  p99Ms: number;
  /** CPU milliseconds per updateDraft (this process only). */
  cpuP50Ms: number;
  cpuP99Ms: number;
  /** The bare single-row UPDATE, same file, same run. */
  baselineP50Ms: number;
  baselineP99Ms: number;
  /** updateDraft p99 / bare UPDATE p99 (wall). */
  ratioP99: number;
  ratioP50: number;
  loadPerCore: number;
  markdown: string;
}

export const AUTOSAVE_GOAL_P99_MS = 5;
const DESCRIPTION = 'Hand-stitched tote in waxed canvas with leather handles, an inside pocket and a brass snap. '.repeat(3);

/**
 * Autosave cost: updateDraft (one transaction: read, update the row, insert a revision
 * snapshot) on a real WAL database file, against a bare single-row UPDATE on the same file.
 * The two alternate save by save, so load from other processes hits both alike.
 */
export function benchAutosave(opts: { saves?: number } = {}): AutosaveResult {
  const saves = opts.saves ?? 2000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-drafts-'));
  const db = openDatabase(path.join(dir, 'library.sqlite'));
  try {
    const now = new Date().toISOString();
    const insertProduct = db.prepare('INSERT INTO products (created_at, updated_at) VALUES (?, ?)');
    const edited = Number(insertProduct.run(now, now).lastInsertRowid);
    const bare = Number(insertProduct.run(now, now).lastInsertRowid);
    getDraft(db, edited);
    getDraft(db, bare);
    const bareUpdate = db.prepare('UPDATE drafts SET title = ? WHERE product_id = ?');

    const timed: Sample[] = [];
    const baseline: Sample[] = [];
    for (let i = -50; i < saves; i++) {
      const title = `Waxed canvas tote, ${i}`;
      const b = timeCall(() => bareUpdate.run(title, bare));
      const u = timeCall(() => updateDraft(db, edited, { title, description: `${DESCRIPTION}${i}` }, { source: 'edit' }));
      if (i < 0) continue;
      baseline.push(b);
      timed.push(u);
    }
    const wall = timed.map((s) => s.wallMs);
    const base = baseline.map((s) => s.wallMs);
    const r = {
      saves,
      p50Ms: percentile(wall, 0.5),
      p99Ms: percentile(wall, 0.99),
      cpuP50Ms: percentile(timed.map((s) => s.cpuMs), 0.5),
      cpuP99Ms: percentile(timed.map((s) => s.cpuMs), 0.99),
      baselineP50Ms: percentile(base, 0.5),
      baselineP99Ms: percentile(base, 0.99),
      loadPerCore: loadPerCore(os.loadavg(), os.cpus().length),
    };
    const result = { ...r, ratioP99: r.p99Ms / r.baselineP99Ms, ratioP50: r.p50Ms / r.baselineP50Ms };
    return { ...result, markdown: autosaveMarkdown(result) };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function autosaveMarkdown(r: Omit<AutosaveResult, 'markdown'>): string {
  const ms = (n: number) => n.toFixed(3);
  return [
    `### Draft autosave (updateDraft, ${r.saves} saves, real WAL file)`,
    '',
    `Machine: ${machineLine()}; load ${r.loadPerCore.toFixed(1)} per core while it ran.`,
    '',
    '| | p50 ms | p99 ms |',
    '|---|---:|---:|',
    `| updateDraft (row + revision, one transaction), wall | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} |`,
    `| updateDraft, CPU time of this process | ${ms(r.cpuP50Ms)} | ${ms(r.cpuP99Ms)} |`,
    `| baseline: bare single-row UPDATE, wall | ${ms(r.baselineP50Ms)} | ${ms(r.baselineP99Ms)} |`,
    '',
    `Ratio: p50 ${r.ratioP50.toFixed(1)}×, p99 ${r.ratioP99.toFixed(1)}× the bare UPDATE. ` +
      `Goal p99 < ${AUTOSAVE_GOAL_P99_MS} ms (wall): ${r.p99Ms < AUTOSAVE_GOAL_P99_MS ? 'met' : 'NOT met'}.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchAutosave();
  console.log(result.markdown);
  if (process.argv.includes('--write')) writeBenchSection('foundation-drafts', result.markdown);
}
