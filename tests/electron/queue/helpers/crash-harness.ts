import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queue-child.ts');

/** When to SIGKILL the child: once the job has `done` items, at the nth item it starts, or after a delay. */
export type KillPoint = { afterDone: number } | { atStart: number } | { afterMs: number } | 'never';

export interface ChildRun {
  killed: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  events: Record<string, unknown>[];
  stderr: string;
}

/** Runs the queue child over the job until it finishes or the kill point comes, then kill -9. */
export function runQueueChild(file: string, jobId: number, concurrency: number, point: KillPoint, env: Record<string, string> = {}): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(jobId), String(concurrency)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: Record<string, unknown>[] = [];
  let stderr = '';
  let killed = false;
  let starts = 0;
  const kill = (): void => {
    if (killed || child.exitCode !== null) return;
    killed = true;
    process.kill(child.pid!, 'SIGKILL');
  };
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as Record<string, unknown>;
    events.push(event);
    if (point === 'never') return;
    if (event.event === 'ready' && 'afterMs' in point) setTimeout(kill, point.afterMs);
    if (event.event === 'start' && 'atStart' in point && ++starts === point.atStart) kill();
    if (event.event === 'progress' && 'afterDone' in point && (event.done as number) >= point.afterDone) kill();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ killed, code, signal, events, stderr }));
  });
}

/**
 * What must hold after a crash at any moment: a product has at most one generated revision, it
 * has one exactly when its item is done, and its draft row is the snapshot of its last revision
 * (never half-written).
 */
export function expectConsistentAfterCrash(file: string, jobId: number, productIds: readonly number[]): { done: number } {
  const db = openDatabase(file);
  try {
    const generated = new Map(
      db.prepare<[], { product_id: number; n: number }>("SELECT product_id, COUNT(*) AS n FROM revisions WHERE source = 'generate' GROUP BY product_id").all().map((r) => [r.product_id, r.n]),
    );
    const doneItems = new Set(db.prepare<[number], number>("SELECT product_id FROM job_items WHERE job_id = ? AND state = 'done'").pluck().all(jobId));
    for (const id of productIds) {
      expect(generated.get(id) ?? 0, `product ${id} generated revisions`).toBe(doneItems.has(id) ? 1 : 0);
      const draft = db.prepare<[number], { title: string; revision: number }>('SELECT title, revision FROM drafts WHERE product_id = ?').get(id);
      const last = db
        .prepare<[number], { revision: number; snapshot: string }>('SELECT revision, snapshot FROM revisions WHERE product_id = ? ORDER BY revision DESC LIMIT 1')
        .get(id);
      if (!last) {
        expect(draft?.revision ?? 0, `product ${id} draft without a revision`).toBe(0);
        continue;
      }
      expect(draft, `product ${id} draft`).toMatchObject({ revision: last.revision, title: (JSON.parse(last.snapshot) as { title: string }).title });
    }
    return { done: doneItems.size };
  } finally {
    db.close();
  }
}
