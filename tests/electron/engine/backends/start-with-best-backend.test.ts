import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateLlamaServer } from '../../../../electron/engine/binary/locate-llama-server';
import { discoverBackends, type BackendCandidate } from '../../../../electron/engine/backends/discover-backends';
import { startWithBestBackend } from '../../../../electron/engine/backends/start-with-best-backend';
import { EngineSupervisor, type SupervisorOptions } from '../../../../electron/engine/engine-supervisor';
import { buildProbeRequest, renderProbeImage, toDataUrl } from '../../../../electron/engine/probe-request';
import { listServerRecordFiles } from '../../../../electron/engine/orphans/server-record-files';
import { tinyModelPair } from '../../../helpers/tiny-model';

/**
 * The GPU path on a machine without a GPU: the loadable-backend llama-server with the Vulkan
 * backend from node-llama-cpp's package, on Mesa's lavapipe (a Vulkan device that computes on the
 * CPU; ggml hides such devices unless GGML_VK_VISIBLE_DEVICES is set).
 */
const dl = locateLlamaServer();
const staticBuild = locateLlamaServer({ env: { ...process.env, LISTING_STUDIO_ENGINE_LINKAGE: 'static' } });
const backends = dl?.info?.linkage === 'backend-dl' ? discoverBackends(path.dirname(dl.binary)) : [];
const vulkan = backends.find((b) => b.name === 'vulkan');
const lavapipe = fs.existsSync('/usr/share/vulkan/icd.d/lvp_icd.x86_64.json') || fs.existsSync('/usr/share/vulkan/icd.d/lvp_icd.aarch64.json');
const missing = [
  !vulkan && 'the backend-DL llama-server with the Vulkan backend staged (npm run engine:build -- --backend-dl)',
  !staticBuild && 'the static llama-server (npm run engine:build)',
  !lavapipe && "Mesa's lavapipe (apt-get install mesa-vulkan-drivers libvulkan1)",
].filter(Boolean);
if (missing.length > 0 && process.env.LISTING_STUDIO_REQUIRE_ENGINE === '1') throw new Error(`Vulkan backend tests need ${missing.join(', ')}`);
if (missing.length > 0) console.warn(`[Vulkan backend tests skipped] missing: ${missing.join(', ')}`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'best-backend-'));
const running: EngineSupervisor[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  fs.rmSync(work, { recursive: true, force: true });
});

function options(binary: string, name: string, serverEnv: Record<string, string> = {}): SupervisorOptions {
  return {
    binary,
    ...tinyModelPair(),
    logFile: path.join(work, name, 'llama-server.log'),
    contextSize: 4096,
    parallel: 1,
    threads: 1,
    alias: 'tiny',
    // The first request on Vulkan compiles its shader pipelines: give loads and requests room.
    loadTimeoutMs: 120_000,
    serverEnv,
  };
}

async function listing(supervisor: EngineSupervisor, image: string): Promise<string> {
  const reply = await supervisor.request((client) => client.chat.completions.create(buildProbeRequest(image, { model: 'tiny', seed: 42 })));
  expect(reply.choices[0]?.finish_reason).toBe('stop');
  return reply.choices[0]!.message.content ?? '';
}

/** A backend library that kills its process while it loads, as a broken GPU driver can. */
function crashingBackend(): BackendCandidate | undefined {
  const dir = path.join(work, 'backends', 'vulkan-source');
  fs.mkdirSync(dir, { recursive: true });
  const source = path.join(dir, 'crash.c');
  fs.writeFileSync(source, '#include <signal.h>\n__attribute__((constructor)) static void crash(void) { raise(SIGSEGV); }\n');
  const library = path.join(dir, 'libggml-vulkan.so');
  const cc = spawnSync('cc', ['-shared', '-fPIC', '-o', library, source], { encoding: 'utf8' });
  return cc.status === 0 ? { name: 'vulkan', origin: 'source', library } : undefined;
}

describe.skipIf(missing.length > 0)('startWithBestBackend on lavapipe', () => {
  const image: { url?: string } = {};
  beforeAll(async () => {
    image.url = toDataUrl(await renderProbeImage('png'), 'image/png');
  });

  it('offloads every layer to the Vulkan device and writes the same listing as the static CPU build', async () => {
    const onVulkan = await startWithBestBackend(options(dl!.binary, 'vulkan', { GGML_VK_VISIBLE_DEVICES: '0' }), backends, { probeTimeoutMs: 240_000 });
    running.push(onVulkan);
    const status = onVulkan.status();
    expect(status.compute?.backend, JSON.stringify(status.compute)).toBe('vulkan');
    expect(status.devices.some((d) => /^Vulkan0 \(.*llvmpipe/.test(d))).toBe(true);
    expect(status.gpuLayers).toBeGreaterThan(0);
    expect(status.gpuLayers).toBe(status.totalLayers);
    const log = fs.readFileSync(path.join(work, 'vulkan', 'llama-server.log'), 'utf8');
    expect(log).toMatch(/CLIP using Vulkan0 backend/);

    const onCpu = new EngineSupervisor(options(staticBuild!.binary, 'static'));
    running.push(onCpu);
    await onCpu.start();
    expect(onCpu.status().gpuLayers ?? 0).toBe(0);
    const [gpuText, cpuText] = [await listing(onVulkan, image.url!), await listing(onCpu, image.url!)];
    expect(JSON.parse(gpuText)).toHaveProperty('title');
    expect(gpuText).toBe(cpuText);
  }, 300_000);

  it('runs on the CPU, and says why, when the Vulkan backend sees no usable device', async () => {
    // Without GGML_VK_VISIBLE_DEVICES ggml hides lavapipe, as on a computer with no GPU.
    const supervisor = await startWithBestBackend(options(dl!.binary, 'hidden'), [vulkan!]);
    running.push(supervisor);
    expect(supervisor.status().compute).toEqual({ backend: 'cpu', note: 'No Vulkan device found: using CPU' });
    expect(supervisor.status().gpuLayers ?? 0).toBe(0);
    expect(JSON.parse(await listing(supervisor, image.url!))).toHaveProperty('description');
  }, 300_000);

  it('runs the static build, faster on this processor, when no GPU backend sees a device and it is cached', async () => {
    const recordDir = path.join(work, 'records');
    const supervisor = await startWithBestBackend({ ...options(dl!.binary, 'static-stand-in'), recordDir, cpuBuild: staticBuild!.binary }, backends);
    running.push(supervisor);
    const status = supervisor.status();
    expect(status.compute?.backend).toBe('cpu');
    // Every staged backend is named; the Vulkan one saw no device (lavapipe is hidden here).
    expect(status.compute?.note).toMatch(/No (.* or )?Vulkan device found.*: using the CPU build$/);
    // The one server left running is the static build's.
    const records = await Promise.all((await listServerRecordFiles(recordDir)).map(async (f) => JSON.parse(fs.readFileSync(f, 'utf8')) as { binary: string }));
    expect(records.map((r) => r.binary)).toEqual([fs.realpathSync(staticBuild!.binary)]);
    expect(JSON.parse(await listing(supervisor, image.url!))).toHaveProperty('title');
  }, 300_000);

  it('falls back to the next backend, then the CPU, when a backend crashes while loading', async () => {
    const crashing = crashingBackend();
    expect(crashing, 'cc could not build the crashing test library').toBeDefined();
    const supervisor = await startWithBestBackend(options(dl!.binary, 'crash', { GGML_VK_VISIBLE_DEVICES: '0' }), [crashing!, vulkan!], { probeTimeoutMs: 240_000 });
    running.push(supervisor);
    expect(supervisor.status().compute).toEqual({ backend: 'vulkan', note: 'Vulkan (built here) backend crashed while loading (SIGSEGV): using Vulkan' });
    const alone = await startWithBestBackend(options(dl!.binary, 'crash-alone', { GGML_VK_VISIBLE_DEVICES: '0' }), [crashing!], { probeTimeoutMs: 240_000 });
    running.push(alone);
    expect(alone.status()).toMatchObject({ state: 'ready', compute: { backend: 'cpu', note: 'Vulkan (built here) backend crashed while loading (SIGSEGV): using CPU' } });
  }, 300_000);
});
