import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createExportService, type ExportJob, type ExportService } from '../../../electron/export/export-service';
import { addProduct, createTestLibrary, type TestLibrary } from './library-fixture';

let lib: TestLibrary;
let service: ExportService;
beforeEach(() => {
  lib = createTestLibrary();
  service = createExportService(lib.db, lib.dir);
  // Enough listings for several progress events (one per 250), so a cancel lands mid-file.
  for (let i = 0; i < 600; i++) addProduct(lib.db, { title: `Tote ${i}`, sku: `T${i}`, price: '5', description: 'Plain.' });
});
afterEach(() => lib.close());

function job(extra: Partial<ExportJob> = {}): ExportJob {
  return { target: 'generic', options: { copyImages: false, currency: 'USD', publish: true, etsyWhoMade: 'i_did', etsyWhenMade: 'made_to_order' }, spreadsheetSafe: false, outputPath: path.join(lib.out, 'out.csv'), onLintFailure: 'exportAnyway', ...extra };
}

const isCode = (code: string) => (err: unknown) => err instanceof AppError && err.code === code;
const leftovers = () => fs.readdirSync(lib.out).filter((f) => f.includes('.partial') || f.endsWith('.csv'));
const exportedCount = () => lib.db.prepare("SELECT count(*) AS n FROM drafts WHERE status = 'exported'").get();

describe('export service', () => {
  it('a cancel mid-way rejects as cancelled and leaves no output file, no temp file and no draft marked', async () => {
    const seen: { jobId: string; phase: string; done: number; total: number }[] = [];
    const run = service.run(job({ jobId: 'totes' }), (progress) => {
      seen.push(progress);
      if (progress.phase === 'write' && progress.done >= 250) expect(service.cancel('totes')).toBe(true);
    });
    await expect(run).rejects.toSatisfy(isCode('cancelled'));
    expect(seen[0]).toEqual({ jobId: 'totes', phase: 'write', done: 250, total: 600 });
    expect(seen.some((p) => p.done === 600)).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(exportedCount()).toEqual({ n: 0 });
    // The run is gone once it settled: nothing is left to cancel.
    expect(service.cancel('totes')).toBe(false);
  });

  it('refuses a second run to the same file while the first writes it, then allows it once the first is done', async () => {
    const first = service.run(job({ jobId: 'a' }));
    await expect(service.run(job({ jobId: 'b', outputPath: path.join(lib.out, '.', 'out.csv') }))).rejects.toSatisfy(
      (err) => isCode('conflict')(err) && /already writing .*out\.csv/.test((err as Error).message),
    );
    await expect(service.run(job({ jobId: 'a', outputPath: path.join(lib.out, 'other.csv') }))).rejects.toSatisfy(isCode('conflict'));
    expect(await first).toMatchObject({ status: 'written', rowsWritten: 600 });
    expect(await service.run(job({ jobId: 'b', productIds: [1, 2] }))).toMatchObject({ status: 'written', rowsWritten: 2 });
    expect(fs.readFileSync(path.join(lib.out, 'out.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('cancelAll stops every run and resolves once each has cleaned up', async () => {
    const runs = [service.run(job({ outputPath: path.join(lib.out, 'one.csv') })), service.run(job({ outputPath: path.join(lib.out, 'two.csv') }))];
    const settled = Promise.allSettled(runs);
    await service.cancelAll();
    expect(leftovers()).toEqual([]);
    for (const outcome of await settled) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'cancelled' } });
  });
});
