import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planPackageBackends, stagePackageBackends } from '../../../../electron/engine/backends/stage-package-backends';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The layout npm installs: @node-llama-cpp/<pkg>/bins/<pkg>/<files> (these files are test input). */
function writePackages(root: string, packages: Record<string, Record<string, string>>): void {
  for (const [pkg, files] of Object.entries(packages)) {
    const bins = path.join(root, pkg, 'bins', pkg);
    fs.mkdirSync(bins, { recursive: true });
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(bins, name), body);
  }
}

describe('planPackageBackends', () => {
  const listing = {
    'linux-x64': ['libggml-base.so', 'libggml-cpu-haswell.so', 'libggml-cpu-sse42.so', 'libllama.v0.4.0.so', 'llama-addon.node'],
    'linux-x64-vulkan': ['libggml-base.so', 'libggml-cpu-haswell.so', 'libggml-vulkan.so'],
    'linux-x64-cuda': ['libggml-cuda.so'],
    'linux-arm64': ['libggml-cpu-armv8.0_1.so'],
    'mac-arm64-metal': ['libggml-metal.dylib'],
  };

  it("takes this platform's CPU variants and each GPU package's backend, and nothing that would replace our own libraries", () => {
    const plan = planPackageBackends(listing, { packagesDir: '/nm/@node-llama-cpp', installDir: '/cache/bin', platform: 'linux', arch: 'x64' });
    expect(plan).toEqual([
      { from: '/nm/@node-llama-cpp/linux-x64/bins/linux-x64/libggml-cpu-haswell.so', to: '/cache/bin/libggml-cpu-haswell.so' },
      { from: '/nm/@node-llama-cpp/linux-x64/bins/linux-x64/libggml-cpu-sse42.so', to: '/cache/bin/libggml-cpu-sse42.so' },
      { from: '/nm/@node-llama-cpp/linux-x64-cuda/bins/linux-x64-cuda/libggml-cuda.so', to: '/cache/bin/backends/cuda-package/libggml-cuda.so' },
      { from: '/nm/@node-llama-cpp/linux-x64-vulkan/bins/linux-x64-vulkan/libggml-vulkan.so', to: '/cache/bin/backends/vulkan-package/libggml-vulkan.so' },
    ]);
  });

  it('keeps only the GPU backends a package is to carry, and uses node-llama-cpp names for macOS', () => {
    const linux = planPackageBackends(listing, { packagesDir: '/p', installDir: '/b', platform: 'linux', arch: 'x64', only: ['vulkan'] });
    expect(linux.map((f) => path.basename(f.to))).toEqual(['libggml-cpu-haswell.so', 'libggml-cpu-sse42.so', 'libggml-vulkan.so']);
    const mac = planPackageBackends(listing, { packagesDir: '/p', installDir: '/b', platform: 'darwin', arch: 'arm64' });
    expect(mac.map((f) => f.to)).toEqual(['/b/backends/metal-package/libggml-metal.dylib']);
  });
});

describe('stagePackageBackends', () => {
  it('copies the backends beside the server, and again only what changed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-backends-'));
    dirs.push(root);
    const packagesDir = path.join(root, '@node-llama-cpp');
    const installDir = path.join(root, 'bin');
    writePackages(packagesDir, {
      'linux-x64': { 'libggml-cpu-haswell.so': 'cpu-v1' },
      'linux-x64-vulkan': { 'libggml-vulkan.so': 'vulkan-v1' },
    });
    stagePackageBackends({ packagesDir, installDir, platform: 'linux', arch: 'x64' });
    expect(fs.readFileSync(path.join(installDir, 'backends', 'vulkan-package', 'libggml-vulkan.so'), 'utf8')).toBe('vulkan-v1');
    expect(fs.readFileSync(path.join(installDir, 'libggml-cpu-haswell.so'), 'utf8')).toBe('cpu-v1');
    writePackages(packagesDir, { 'linux-x64-vulkan': { 'libggml-vulkan.so': 'vulkan-v2-longer' } });
    stagePackageBackends({ packagesDir, installDir, platform: 'linux', arch: 'x64' });
    expect(fs.readFileSync(path.join(installDir, 'backends', 'vulkan-package', 'libggml-vulkan.so'), 'utf8')).toBe('vulkan-v2-longer');
    expect(fs.readdirSync(path.join(installDir, 'backends', 'vulkan-package'))).toEqual(['libggml-vulkan.so']);
  });
});
