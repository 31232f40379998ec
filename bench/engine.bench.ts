/**
 * npm run bench:engine
 * 1. Cold start: spawn → /health 200, median of several starts of the tiny vision model.
 * 2. Per-request overhead of supervisor.request + the openai SDK against a bare fetch to the same
 *    server, same body, interleaved so both see the same machine load. Two bodies: the real image
 *    listing request, and a 1-token text request that leaves almost nothing but the overhead.
 * 3. The tiny model's listing time on the CPU against Vulkan on lavapipe, and each build's time
 *    (bench/engine/backend-speed.ts; `-- --rebuild` also times a warm-ccache rebuild of both).
 *    `-- --only backends` runs just this part.
 */
import { parseArgs } from 'node:util';
import { benchBackends } from './engine/backend-speed';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { EngineSupervisor } from '../electron/engine/engine-supervisor';
import { writeTinyVlm } from '../tooling/tiny-vlm/write-tiny-vlm';
import { buildProbeRequest, renderProbeImage, toDataUrl } from '../electron/engine/probe-request';
import { machineLine, writeBenchSection } from './results-file';

const STARTS = 7;
const ITERATIONS = { image: 25, tiny: 150 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

const { values: flags } = parseArgs({ options: { only: { type: 'string' }, rebuild: { type: 'boolean', default: false } } });

async function main(): Promise<void> {
  if (flags.only !== 'backends') await benchOverhead();
  const section = await benchBackends({ rebuild: flags.rebuild });
  if (section) writeBenchSection('engine-backends', section);
}

async function benchOverhead(): Promise<void> {
  // The overhead numbers in RESULTS.md were measured on the static build; keep them comparable.
  const server = locateLlamaServer({ env: { ...process.env, LISTING_STUDIO_ENGINE_LINKAGE: process.env.LISTING_STUDIO_ENGINE_LINKAGE ?? 'static' } });
  if (!server) {
    console.error('bench:engine needs llama-server: run `npm run engine:build` first.');
    process.exit(1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-engine-'));
  const files = writeTinyVlm(work);
  const options = { binary: server.binary, ...files, logFile: path.join(work, 'logs', 'llama-server.log'), alias: 'tiny', contextSize: 8192, parallel: 2 };

  const starts: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const supervisor = new EngineSupervisor(options);
    const t0 = performance.now();
    await supervisor.start();
    starts.push(performance.now() - t0);
    await supervisor.stop();
  }
  console.log(`cold start → ready: median ${ms(median(starts))} (${starts.map((s) => s.toFixed(0)).join(', ')})`);

  const supervisor = new EngineSupervisor(options);
  await supervisor.start();
  const image = toDataUrl(await renderProbeImage('png'), 'image/png');
  const bodies = {
    image: buildProbeRequest(image, { model: 'tiny' }),
    tiny: { model: 'tiny', messages: [{ role: 'user' as const, content: 'Hi' }], max_tokens: 1, temperature: 0 },
  };
  const rows: string[] = [];
  for (const kind of ['image', 'tiny'] as const) {
    const body = bodies[kind];
    const viaSdk = () => supervisor.request((client) => client.chat.completions.create(body));
    const viaFetch = async () => {
      const res = await fetch(`${supervisor.baseURL}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${supervisor.apiKey}` },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`bare fetch: HTTP ${res.status}`);
      return res.json();
    };
    for (let i = 0; i < 3; i++) {
      await viaSdk();
      await viaFetch();
    }
    const sdk: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < ITERATIONS[kind]; i++) {
      // Alternate which goes first so neither always follows the other's cache warm-up.
      const pairs: [() => Promise<unknown>, number[]][] = i % 2 ? [[viaSdk, sdk], [viaFetch, bare]] : [[viaFetch, bare], [viaSdk, sdk]];
      for (const [run, into] of pairs) {
        const t0 = performance.now();
        await run();
        into.push(performance.now() - t0);
      }
    }
    const ratio = median(sdk) / median(bare);
    console.log(`${kind}: supervisor.request+SDK ${ms(median(sdk))}, bare fetch ${ms(median(bare))}, ratio ${ratio.toFixed(3)}× (n=${ITERATIONS[kind]} each)`);
    rows.push(`| ${kind === 'image' ? 'image listing (json_schema, ~510 tokens)' : '1-token text request'} | ${ITERATIONS[kind]} | ${ms(median(sdk))} | ${ms(median(bare))} | **${ratio.toFixed(3)}×** |`);
  }
  await supervisor.stop();
  fs.rmSync(work, { recursive: true, force: true });

  writeBenchSection(
    'engine',
    [
      '## Engine (llama-server + tiny vision model)',
      '',
      `${machineLine()}; ${server.binary} (${server.info?.backend ?? 'unknown backend'})`,
      '',
      `Cold start to ready (spawn → /health 200), median of ${STARTS}: **${ms(median(starts))}** (${starts.map((s) => s.toFixed(0)).join(', ')} ms).`,
      '',
      'Per-request cost of supervisor.request + openai SDK against a bare fetch, same server, same body, interleaved (goal ≤ 1.05×):',
      '',
      '| request | n each | supervisor + SDK (median) | bare fetch (median) | ratio |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
