/**
 * Bulk generation through the queue: 100 products on the tiny model through the real llama-server.
 *   npm run bench:generate [-- --products 100 --parallel 2]
 * Reports listings per minute, and the pipeline's overhead against bare requests: every body the
 * pipeline sent (word-count re-asks and retries included) is recorded per product and replayed
 * with the openai SDK alone, same order per product, same concurrency, same server, same run
 * (bare before and after the pipeline, averaged).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import sharp from 'sharp';
import { openCore } from '../electron/core/core';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { writeTinyVlm } from '../tooling/tiny-vlm/write-tiny-vlm';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { openGenerationLog } from '../electron/generation/generation-log';
import type { ListingProvider } from '../electron/generation/providers/listing-provider';
import { createLocalProvider } from '../electron/generation/providers/local-provider';
import { saveGeneratedDraft } from '../electron/drafts/save-generated-draft';
import { importPhotos } from '../electron/photos/import-photos';
import { describeGenerateJob } from '../electron/queue/generate/describe-generate-job';
import { listingProcessor } from '../electron/queue/generate/listing-processor';
import { generationOptionsSchema } from '../shared/domain/generation-options';
import { machineLine, writeBenchSection } from './results-file';

const { values } = parseArgs({ options: { products: { type: 'string', default: '100' }, parallel: { type: 'string', default: '2' } } });
const PRODUCTS = Number(values.products);
const PARALLEL = Number(values.parallel);

type Body = ChatCompletionCreateParamsNonStreaming;

/** Each product's bodies in order, `parallel` products at a time, as the queue runs them; wall seconds. */
async function runBare(client: OpenAI, perProduct: readonly Body[][], parallel: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < perProduct.length) {
        for (const body of perProduct[next++]!) await client.chat.completions.create(body);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

/** The provider, with every request body recorded under the product being generated. */
function recordingProvider(inner: ListingProvider, product: AsyncLocalStorage<number>, sink: Map<number, Body[]>): ListingProvider {
  return {
    ...inner,
    call: (fn) =>
      inner.call((client) => {
        const recording = {
          chat: {
            completions: {
              create: (body: Body, opts?: OpenAI.RequestOptions) => {
                const id = product.getStore()!;
                sink.set(id, [...(sink.get(id) ?? []), structuredClone(body)]);
                return client.chat.completions.create(body, opts);
              },
            },
          },
        };
        return fn(recording as unknown as OpenAI);
      }),
  };
}

async function main(): Promise<number> {
  const server = locateLlamaServer();
  if (!server) {
    console.error('bench:generate needs llama-server: run `npm run engine:build` (or set LISTING_STUDIO_LLAMA_SERVER).');
    return 1;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-generate-'));
  const core = openCore({ libraryDir: path.join(work, 'library') });
  try {
    const files = writeTinyVlm(path.join(work, 'model'));
    const photoDir = path.join(work, 'photos');
    fs.mkdirSync(photoDir);
    for (let i = 1; i <= PRODUCTS; i++) {
      const colour = { r: (i * 53) % 256, g: (i * 97) % 256, b: (i * 29) % 256 };
      await sharp({ create: { width: 160, height: 120, channels: 3, background: colour } }).jpeg().toFile(path.join(photoDir, `ITEM-${String(i).padStart(3, '0')}.jpg`));
    }
    const imported = await importPhotos(core.db, core.libraryDir, [photoDir], { groupByName: false });
    const status = await core.engine.start({ model: files.model, mmproj: files.mmproj, contextSize: 4096 * PARALLEL, parallel: PARALLEL, gpuLayers: 'auto' });
    const slots = status.slots ?? PARALLEL;
    console.log(`${imported.productIds.length} products, llama-server ${server.binary}, ${slots} slots`);

    const product = new AsyncLocalStorage<number>();
    const sent = new Map<number, Body[]>();
    const provider = recordingProvider(createLocalProvider(core.engine.current!), product, sent);
    const base = listingProcessor({ db: core.db, libraryDir: core.libraryDir, provider, log: openGenerationLog(core.libraryDir) }, generationOptionsSchema.parse({}));
    const processor = { ...base, process: (id: number, signal: AbortSignal) => product.run(id, () => base.process(id, signal)) };
    const client = new OpenAI({ baseURL: `${core.engine.current!.baseURL}/v1`, apiKey: core.engine.current!.apiKey!, maxRetries: 0 });

    // Warm the server, then the pipeline (the full queue: claim, generateListing, save, commit), then bare.
    await client.chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'Warm up.' }], max_tokens: 8 });
    const jobId = core.queue.create('generate', { engine: 'local', concurrency: slots }, imported.productIds);
    const started = performance.now();
    const outcome = await core.queue.run(jobId, { processor, concurrency: slots, itemTimeoutMs: 600_000 });
    const pipelineSeconds = (performance.now() - started) / 1000;
    const job = describeGenerateJob(core.db, jobId, outcome);
    const replay = imported.productIds.map((id) => sent.get(id) ?? []);
    const bareBefore = await runBare(client, replay, slots);
    const bareAfter = await runBare(client, replay, slots);
    const requests = replay.reduce((n, bodies) => n + bodies.length, 0);

    // The queue's own cost per item, with no model in the way: claim, save the draft, commit, progress.
    const instant = {
      process: async () => ({ fields: { title: 'Bench listing' }, flags: [] }),
      commit: (db: typeof core.db, id: number, r: { fields: { title: string }; flags: [] }) => saveGeneratedDraft(db, id, r.fields, r.flags).revision,
    };
    const bookkeepingJob = core.queue.create('generate', {}, imported.productIds);
    const bookkeepingStarted = performance.now();
    await core.queue.run(bookkeepingJob, { processor: instant, concurrency: slots, itemTimeoutMs: 60_000, onProgress: () => undefined });
    const bookkeepingMs = (performance.now() - bookkeepingStarted) / imported.productIds.length;
    const bare = (bareBefore + bareAfter) / 2;
    const ratio = pipelineSeconds / bare;
    const overheadMs = ((pipelineSeconds - bare) / job.total) * 1000;
    const rows = [
      `| listings | ${job.done} done, ${job.failed} failed of ${job.total} |`,
      `| listings per minute (pipeline) | ${((job.done / pipelineSeconds) * 60).toFixed(1)} |`,
      `| pipeline wall time | ${pipelineSeconds.toFixed(2)} s (${((pipelineSeconds / job.total) * 1000).toFixed(0)} ms per listing) |`,
      `| requests the pipeline sent | ${requests} (${(requests / job.total).toFixed(2)} per listing: word-count re-asks and retries) |`,
      `| bare replay of those requests, same server | ${bareBefore.toFixed(2)} s, ${bareAfter.toFixed(2)} s (mean ${bare.toFixed(2)} s) |`,
      `| **pipeline ÷ bare** | **${ratio.toFixed(3)}×** (goal ≤ 1.05×); ${overheadMs.toFixed(1)} ms overhead per listing |`,
      `| queue bookkeeping per item, instant processor (claim + draft save + commit + progress) | ${bookkeepingMs.toFixed(2)} ms = ${((bookkeepingMs / 1000 / (bare / job.total)) * 100).toFixed(2)}% of a bare listing |`,
    ];
    const markdown = [
      '## Bulk generation (bench/generate.bench.ts)',
      '',
      `${machineLine()}; tiny random-weight VLM on llama-server (CPU), ${slots} slots, queue concurrency = slots, ${PRODUCTS} products with one 160×120 JPEG each.`,
      '',
      'Both bare replays run right after the pipeline on the same server; their spread shows how noisy a shared 2-core machine is.',
      '',
      '| measure | value |',
      '|---|---|',
      ...rows,
    ].join('\n');
    console.log(markdown);
    writeBenchSection('generate', markdown);
    return 0;
  } finally {
    await core.queue.stopAll();
    await core.engine.stop();
    core.close();
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
