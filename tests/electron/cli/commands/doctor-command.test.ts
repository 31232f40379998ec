import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBackends } from '../../../../electron/engine/backends/discover-backends';
import { locateLlamaServer } from '../../../../electron/engine/binary/locate-llama-server';
import { cli, writePhotos } from '../cli-child';

/**
 * `listing-studio doctor` on this machine, as a child process: the engine's backends, the devices
 * each sees and the one the engine will use, from the llama-server builds in the cache.
 */
const dl = locateLlamaServer();
const staticBuild = locateLlamaServer({ env: { ...process.env, LISTING_STUDIO_ENGINE_LINKAGE: 'static' } });
const vulkanStaged = dl?.info?.linkage === 'backend-dl' && discoverBackends(path.dirname(dl.binary)).some((b) => b.name === 'vulkan');
const lavapipe = fs.existsSync('/usr/share/vulkan/icd.d/lvp_icd.x86_64.json') || fs.existsSync('/usr/share/vulkan/icd.d/lvp_icd.aarch64.json');
if (process.env.LISTING_STUDIO_REQUIRE_ENGINE === '1' && !(vulkanStaged && staticBuild && lavapipe)) {
  throw new Error('doctor-command: needs both llama-server builds (npm run engine:build, and -- --backend-dl) and lavapipe');
}
if (!staticBuild) console.warn('[CLI doctor tests skipped] no static llama-server: run `npm run engine:build`');
if (!(vulkanStaged && lavapipe)) console.warn('[CLI doctor Vulkan test skipped] needs the backend-DL llama-server with its Vulkan backend, and lavapipe');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-doctor-'));
const library = path.join(work, 'library');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const env = (extra: Record<string, string>) => ({ LISTING_STUDIO_SKIP_ENGINE_BUILD: '1', ...extra });

beforeAll(async () => {
  if (!staticBuild) return;
  // doctor checks an existing library: the first import makes one.
  await writePhotos(path.join(work, 'photos'));
  const imported = await cli(['import', path.join(work, 'photos'), '--library', library], env({}));
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
}, 120_000);

describe.skipIf(!staticBuild)('listing-studio doctor', () => {
  it('says a static build runs on the CPU, with no loadable backends', async () => {
    const run = await cli(['doctor', '--library', library], env({ LISTING_STUDIO_ENGINE_LINKAGE: 'static' }));
    expect(run.stdout).toContain(`ok    Local engine: ${staticBuild!.binary}`);
    expect(run.stdout).toContain('ok    Backends: CPU only: this llama-server is the static build, with no loadable GPU backends');
    expect(run.stdout).toContain('ok    Engine will use: the CPU (or the GPU this build was compiled for)');
  }, 120_000);

  it.skipIf(!(vulkanStaged && lavapipe))("lists lavapipe's Vulkan device and says the engine will use it, when software devices are let through", async () => {
    const run = await cli(['doctor', '--library', library], env({ GGML_VK_VISIBLE_DEVICES: '0' }));
    expect(run.stdout).toContain(`ok    Local engine: ${dl!.binary}`);
    expect(run.stdout).toMatch(/^ok {4}Vulkan backend: Vulkan0 llvmpipe \(LLVM [^)]*\), \d+ of \d+ MiB free \[node-llama-cpp's package: .*libggml-vulkan\.so\]$/m);
    expect(run.stdout).toContain('ok    Engine will use: Vulkan on Vulkan0 (if the model fits in its memory)');
  }, 120_000);

  it.skipIf(!(vulkanStaged && lavapipe))('says the engine will use the static CPU build, and why, when no backend sees a device', async () => {
    // Without GGML_VK_VISIBLE_DEVICES ggml hides lavapipe, as on a computer without a GPU.
    const run = await cli(['doctor', '--library', library, '--json'], env({}));
    const report = JSON.parse(run.stdout) as { checks: { name: string; level: string; detail: string }[]; backends: { cpuFallback?: string } };
    expect(report.checks.find((c) => c.name === 'Vulkan backend')?.detail).toMatch(/^no device \[/);
    expect(report.checks.find((c) => c.name === 'Engine will use')?.detail).toMatch(
      new RegExp(`No (.* or )?Vulkan device found.*: using the CPU build \\(${staticBuild!.binary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`),
    );
    expect(report.backends.cpuFallback).toBe(staticBuild!.binary);
  }, 120_000);
});
