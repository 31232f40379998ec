/**
 * Reliability under kill -9: a bulk generation of 100+ products with the tiny model through the
 * real llama-server, run by the real CLI (`listing-studio generate`) as a child process, while
 * this bench SIGKILLs, at random moments, either the CLI child (which leaves its llama-server
 * orphaned) or the llama-server (which the supervisor restarts, or, after four kills within a
 * minute, gives up on, pausing the job). After each kill the job is resumed with
 * `generate --resume`, as a shop owner would. At the end: nothing lost, nothing generated twice,
 * no item left running, no llama-server left behind, and an intact database.
 *   npm run bench:reliability [-- --products 100 --kills 16 --seed 7]
 * Linux only (it finds llama-server children in /proc).
 */
import { createSeededRandom } from '../tooling/tiny-vlm/seeded-random';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { openCore } from '../electron/core/core';
import { openDatabase, type Db } from '../electron/db/open-database';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { importPhotos } from '../electron/photos/import-photos';
import { writeTinyVlm } from '../tooling/tiny-vlm/write-tiny-vlm';
import { machineLine, writeBenchSection } from './results-file';

const { values } = parseArgs({ options: { products: { type: 'string', default: '100' }, kills: { type: 'string', default: '16' }, seed: { type: 'string' } } });
const PRODUCTS = Number(values.products);
const KILLS = Number(values.kills);
const SEED = values.seed === undefined ? Math.floor(Math.random() * 1e6) : Number(values.seed);
const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'listing-studio.js');
/** The first kill comes this long after a child starts, at the earliest: the CLI's boot and model load. */
const MIN_DELAY_MS = 2_500;
const MAX_DELAY_MS = 8_000;

/** Live processes whose command line mentions `needle`, with their parent pid (from /proc). */
function processesMentioning(needle: string): { pid: number; ppid: number }[] {
  const found: { pid: number; ppid: number }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes(needle) || !cmdline.includes('llama-server')) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state[0] === 'Z') continue;
      found.push({ pid: Number(entry), ppid: Number(state[1]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

interface Child {
  process: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: string[];
}

function startCli(libraryDir: string, model: string, mmproj: string, selection: string[]): Child {
  const child = spawn(process.execPath, [CLI, 'generate', ...selection, '--library', libraryDir, '--engine', 'local', '--model', model, '--mmproj', mmproj, '--parallel', '2', '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { process: child, exited, stderr };
}

function unfinishedJob(db: Db): { id: number; state: string } | undefined {
  return db.prepare<[], { id: number; state: string }>("SELECT id, state FROM jobs WHERE kind = 'generate' AND state IN ('queued', 'running', 'paused') ORDER BY id DESC LIMIT 1").get();
}

function anyJob(db: Db): boolean {
  return db.prepare("SELECT 1 FROM jobs WHERE kind = 'generate'").get() !== undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  if (process.platform !== 'linux') {
    console.error('bench:reliability reads /proc to find llama-server children: run it on Linux.');
    return 1;
  }
  if (!locateLlamaServer()) {
    console.error('bench:reliability needs llama-server: run `npm run engine:build` (or set LISTING_STUDIO_LLAMA_SERVER).');
    return 1;
  }
  const rand = createSeededRandom(SEED);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-reliability-'));
  const libraryDir = path.join(work, 'library');
  try {
    const files = writeTinyVlm(path.join(work, 'model'));
    const photoDir = path.join(work, 'photos');
    fs.mkdirSync(photoDir);
    for (let i = 1; i <= PRODUCTS; i++) {
      const colour = { r: (i * 53) % 256, g: (i * 97) % 256, b: (i * 29) % 256 };
      await sharp({ create: { width: 160, height: 120, channels: 3, background: colour } }).jpeg().toFile(path.join(photoDir, `ITEM-${String(i).padStart(3, '0')}.jpg`));
    }
    const core = openCore({ libraryDir });
    const productIds = (await importPhotos(core.db, core.libraryDir, [photoDir], { groupByName: false })).productIds;
    core.close();
    const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
    console.log(`seed ${SEED}: ${productIds.length} products, ${KILLS} kills planned`);

    const kills = { cli: 0, server: 0, serverMissed: 0 };
    let runs = 0;
    let pausedRuns = 0;
    const started = performance.now();
    // Kill phase: each child gets killed (or its server killed) at random moments until KILLS are done.
    let child: Child | undefined;
    while (kills.cli + kills.server < KILLS) {
      if (!child) {
        const open = unfinishedJob(db);
        if (!open && anyJob(db)) break;
        child = startCli(libraryDir, files.model, files.mmproj, open ? ['--resume'] : ['--all']);
        runs++;
      }
      const current = child;
      const delay = MIN_DELAY_MS + rand() * (MAX_DELAY_MS - MIN_DELAY_MS);
      const ended = await Promise.race([current.exited, sleep(delay).then(() => undefined)]);
      if (ended) {
        // Finished, or paused because its engine was killed too often within a minute.
        if (unfinishedJob(db)?.state === 'paused') pausedRuns++;
        child = undefined;
        continue;
      }
      if (rand() < 0.5) {
        current.process.kill('SIGKILL');
        await current.exited;
        kills.cli++;
        child = undefined;
      } else {
        const server = processesMentioning(files.model).find((p) => p.ppid === current.process.pid);
        if (!server) {
          kills.serverMissed++;
          continue;
        }
        process.kill(server.pid, 'SIGKILL');
        kills.server++;
      }
      console.log(`kill ${kills.cli + kills.server}/${KILLS}: ${kills.cli} CLI, ${kills.server} llama-server (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    // Resume until the job is done, without more kills.
    for (let guard = 0; guard < 20; guard++) {
      if (!child) {
        const open = unfinishedJob(db);
        if (!open) break;
        child = startCli(libraryDir, files.model, files.mmproj, ['--resume']);
        runs++;
      }
      const end = await child.exited;
      if (end.code !== 0 && unfinishedJob(db)?.state !== 'paused') console.log(`a run ended with ${end.code ?? end.signal}: ${child.stderr.join('').trim().split('\n').slice(-3).join(' | ')}`);
      if (unfinishedJob(db)?.state === 'paused') pausedRuns++;
      child = undefined;
    }
    const seconds = (performance.now() - started) / 1000;
    // Orphans: llama-servers of this library still alive once the last CLI has exited.
    await sleep(500);
    const orphans = processesMentioning(files.model);
    for (const orphan of orphans) process.kill(orphan.pid, 'SIGKILL');

    const job = db.prepare<[], { id: number; state: string }>("SELECT id, state FROM jobs WHERE kind = 'generate' ORDER BY id").all();
    const jobId = job.at(-1)!.id;
    const items = db.prepare<[number], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM job_items WHERE job_id = ? GROUP BY state').all(jobId);
    const byState = Object.fromEntries(items.map((r) => [r.state, r.n])) as Record<string, number>;
    const perProduct = new Map(
      db.prepare<[], { product_id: number; n: number }>("SELECT product_id, COUNT(*) AS n FROM revisions WHERE source = 'generate' GROUP BY product_id").all().map((r) => [r.product_id, r.n]),
    );
    const drafts = productIds.map((id) => perProduct.get(id) ?? 0);
    const lost = drafts.filter((n) => n === 0).length;
    const duplicated = drafts.filter((n) => n > 1).length;
    // Each done item names the revision it committed: exactly one generated revision of its own product.
    const itemRevisions = db
      .prepare<[number], { n: number }>(
        "SELECT (SELECT COUNT(*) FROM revisions r WHERE r.product_id = i.product_id AND r.revision = i.revision AND r.source = 'generate') AS n FROM job_items i WHERE i.job_id = ? AND i.state = 'done'",
      )
      .all(jobId)
      .map((r) => r.n);
    const maxAttempts = db.prepare<[number], number>('SELECT MAX(attempts) FROM job_items WHERE job_id = ?').pluck().get(jobId) ?? 0;
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const running = byState.running ?? 0;
    db.close();

    const range = (xs: number[]) => (xs.length === 0 ? 'none' : `${Math.min(...xs)}–${Math.max(...xs)}`);
    const rows = [
      `| products done | ${byState.done ?? 0} of ${productIds.length} (${byState.failed ?? 0} failed, ${byState.pending ?? 0} pending); job ${job.at(-1)!.state}, ${job.length} job${job.length === 1 ? '' : 's'} |`,
      `| **lost** (no draft) / **duplicated** (2+ generated revisions) | **${lost}** / **${duplicated}** |`,
      `| generated drafts per product | ${range(drafts)} |`,
      `| generated revisions per done job item | ${range(itemRevisions)} |`,
      `| items left running | **${running}** |`,
      `| orphan llama-servers after the last run | **${orphans.length}** |`,
      `| \`PRAGMA integrity_check\` | ${integrity} |`,
      `| SIGKILLs | ${kills.cli + kills.server}: ${kills.cli} of the CLI child (its server orphaned), ${kills.server} of llama-server |`,
      `| CLI runs (first + resumes) | ${runs}; ${pausedRuns} ended paused (engine killed 4 times within a minute) |`,
      `| most claims of one item | ${maxAttempts} |`,
      `| wall time | ${seconds.toFixed(0)} s |`,
    ];
    const markdown = [
      '## Reliability under kill -9 (bench/reliability.bench.ts)',
      '',
      `${machineLine()}; tiny random-weight VLM on llama-server (CPU), 2 slots, ${productIds.length} products, seed ${SEED}. The real CLI runs the job; each SIGKILL (a random 2.5–8 s into a run) hits the CLI or its llama-server, then \`generate --resume\` carries on. Goal: 0 lost, 0 duplicated, 0 running, 0 orphans, integrity ok.`,
      '',
      '| measure | value |',
      '|---|---|',
      ...rows,
    ].join('\n');
    console.log(markdown);
    writeBenchSection('reliability', markdown);
    const ok = lost === 0 && duplicated === 0 && running === 0 && orphans.length === 0 && integrity === 'ok' && itemRevisions.every((n) => n === 1);
    return ok ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
