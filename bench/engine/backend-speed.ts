import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverBackends } from '../../electron/engine/backends/discover-backends';
import { startWithBestBackend } from '../../electron/engine/backends/start-with-best-backend';
import { locateLlamaServer, readBuildInfo } from '../../electron/engine/binary/locate-llama-server';
import { EngineSupervisor, type SupervisorOptions } from '../../electron/engine/engine-supervisor';
import { buildProbeRequest, renderProbeImage, toDataUrl } from '../../electron/engine/probe-request';
import { buildLlamaServer, planLlamaServerBuild } from '../../tooling/llama-server-build/build-llama-server';
import { writeTinyVlm } from '../../tooling/tiny-vlm/write-tiny-vlm';
import { machineLine } from '../results-file';

const REQUESTS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface SpeedRow {
  label: string;
  readyMs: number;
  firstMs: number;
  medianMs: number;
  layers: string;
  sameAsStatic?: boolean;
}

/** One engine: start, a first listing (Vulkan compiles its pipelines here), then REQUESTS more. */
async function timeListings(label: string, start: () => Promise<EngineSupervisor>, image: string): Promise<SpeedRow & { text: string }> {
  const t0 = performance.now();
  const supervisor = await start();
  const readyMs = performance.now() - t0;
  try {
    const ask = async () => {
      const t = performance.now();
      const reply = await supervisor.request((c) => c.chat.completions.create(buildProbeRequest(image, { model: 'tiny' })));
      return { ms: performance.now() - t, text: reply.choices[0]?.message.content ?? '' };
    };
    const first = await ask();
    const rest: number[] = [];
    for (let i = 0; i < REQUESTS; i++) rest.push((await ask()).ms);
    const s = supervisor.status();
    const where = s.compute ? `${s.compute.backend}${s.devices.length ? ` on ${s.devices.join(', ')}` : ''}` : 'static build';
    const layers = s.gpuLayers ? `${s.gpuLayers}/${s.totalLayers ?? '?'}` : 'none';
    return { label, readyMs, firstMs: first.ms, medianMs: median(rest), layers: `${layers} (${where})`, text: first.text };
  } finally {
    await supervisor.stop();
  }
}

/**
 * The cached build rebuilt in place with the warm ccache (same source and build paths, so every
 * compile hits): what a second build of the same commit costs. The result replaces the cached
 * files with identical ones; the server binary is swapped by rename, so nothing running breaks.
 */
async function warmRebuildSeconds(linkage: 'static' | 'backend-dl', native: boolean): Promise<number> {
  const plan = planLlamaServerBuild({ linkage, native });
  // Keep the cold build's record: the rebuild would overwrite it with its own few seconds.
  const infoFile = path.join(path.dirname(plan.binary), 'build-info.json');
  const record = fs.readFileSync(infoFile);
  const t0 = performance.now();
  try {
    await buildLlamaServer(plan, { force: true });
    return (performance.now() - t0) / 1000;
  } finally {
    fs.writeFileSync(infoFile, record);
  }
}

/**
 * The tiny model's listing time on the CPU (static build) against Mesa's lavapipe through the
 * Vulkan backend of node-llama-cpp's package, and each build's time. Returns the RESULTS.md section.
 */
export async function benchBackends(opts: { rebuild: boolean }): Promise<string | undefined> {
  const dl = locateLlamaServer();
  const stat = locateLlamaServer({ env: { ...process.env, LISTING_STUDIO_ENGINE_LINKAGE: 'static' } });
  const vulkan = dl?.info?.linkage === 'backend-dl' ? discoverBackends(path.dirname(dl.binary)).filter((b) => b.name === 'vulkan') : [];
  if (!dl || !stat || vulkan.length === 0) {
    console.warn('backend bench skipped: needs both builds (npm run engine:build, npm run engine:build -- --backend-dl)');
    return undefined;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-backends-'));
  try {
    const files = writeTinyVlm(work);
    const options = (binary: string, name: string, serverEnv: Record<string, string> = {}): SupervisorOptions => ({
      binary,
      ...files,
      logFile: path.join(work, name, 'llama-server.log'),
      alias: 'tiny',
      contextSize: 4096,
      parallel: 1,
      loadTimeoutMs: 120_000,
      serverEnv,
    });
    const image = toDataUrl(await renderProbeImage('png'), 'image/png');
    const cpu = await timeListings('CPU, static build', async () => {
      const s = new EngineSupervisor(options(stat.binary, 'cpu'));
      await s.start();
      return s;
    }, image);
    const dlCpu = await timeListings('CPU, backend-DL build (CPU variant from the package)', () => startWithBestBackend(options(dl.binary, 'dl-cpu'), vulkan), image);
    const gpu = await timeListings("Vulkan on lavapipe, backend-DL build + node-llama-cpp's libggml-vulkan.so", () =>
      startWithBestBackend(options(dl.binary, 'vulkan', { GGML_VK_VISIBLE_DEVICES: '0' }), vulkan), image);
    // What the engine itself picks when no GPU backend sees a device (lavapipe hidden): the cached static build.
    const choice = await timeListings("engine's choice with no GPU visible (static build stands in)", () =>
      startWithBestBackend({ ...options(dl.binary, 'choice'), cpuBuild: stat.binary }, vulkan), image);
    const rows = [cpu, dlCpu, choice, gpu].map((r) => ({ ...r, sameAsStatic: r.text === cpu.text }));
    for (const r of rows) console.log(`${r.label}: ready ${r.readyMs.toFixed(0)} ms, first listing ${r.firstMs.toFixed(0)} ms, then median ${r.medianMs.toFixed(0)} ms; layers ${r.layers}; same text as static: ${r.sameAsStatic}`);

    const builds = [
      { label: 'static, -march=native', info: readBuildInfo(path.dirname(stat.binary)), linkage: 'static' as const, native: true },
      { label: 'backend-DL, portable', info: readBuildInfo(path.dirname(dl.binary)), linkage: 'backend-dl' as const, native: false },
    ];
    const warm: Record<string, string> = {};
    for (const b of builds) {
      warm[b.linkage] = opts.rebuild ? `${(await warmRebuildSeconds(b.linkage, b.native)).toFixed(0)} s` : 'not measured (run with --rebuild)';
      console.log(`${b.label}: cold ${b.info?.seconds ?? '?'} s (recorded at build time), warm ccache ${warm[b.linkage]}`);
    }
    return [
      '### Engine backends: CPU against Vulkan on lavapipe (tiny model)',
      '',
      `${machineLine()}. Load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores at the end (the machine is shared: absolute times move with it). One image listing request (json_schema, temperature 0, seed 1234); first request, then the median of ${REQUESTS}.`,
      '',
      '| engine | ready | first listing | then (median) | layers on GPU | same text as the static CPU build |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.label} | ${r.readyMs.toFixed(0)} ms | ${r.firstMs.toFixed(0)} ms | ${r.medianMs.toFixed(0)} ms | ${r.layers} | ${r.sameAsStatic ? 'yes' : '**no**'} |`),
      '',
      'Lavapipe computes on the same two CPU cores through Vulkan, so it measures the path, not GPU speed.',
      '',
      '| build | cold (2 cores, recorded by the build) | warm ccache rebuild |',
      '|---|---|---|',
      ...builds.map((b) => `| ${b.label} | ${b.info?.seconds ?? '?'} s | ${warm[b.linkage]} |`),
    ].join('\n');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
