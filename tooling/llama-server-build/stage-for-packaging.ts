import fs from 'node:fs';
import path from 'node:path';
import { backendFolderName, type GpuBackendName } from '../../electron/engine/backends/backend-files';
import { stagePackageBackends } from '../../electron/engine/backends/stage-package-backends';
import { llamaServerExecutableName } from '../../electron/engine/binary/cache-location';
import { readBuildInfo } from '../../electron/engine/binary/locate-llama-server';

/**
 * Which GPU backends each platform's package carries (README, "Packaging matrix"): Vulkan on
 * Linux and Windows, because one library reaches NVIDIA, AMD and Intel GPUs through the driver
 * every such machine has (CUDA's library is 181 MB and needs NVIDIA's CUDA 13 runtime beside it);
 * Metal on macOS, the only GPU API there.
 */
export function packagedGpuBackends(platform: NodeJS.Platform): GpuBackendName[] {
  return platform === 'darwin' ? ['metal'] : ['vulkan'];
}

export interface PackagingStage {
  linkage: 'static' | 'backend-dl';
  /** Paths relative to the staged bin folder. */
  files: string[];
}

function copyTree(from: string, to: string, keep: (relative: string) => boolean, relative = ''): void {
  for (const entry of fs.readdirSync(path.join(from, relative), { withFileTypes: true })) {
    const rel = path.join(relative, entry.name);
    if (!keep(rel) || entry.name.endsWith('.partial')) continue;
    if (entry.isDirectory()) copyTree(from, to, keep, rel);
    else {
      fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
      fs.copyFileSync(path.join(from, rel), path.join(to, rel));
    }
  }
}

function listTree(dir: string, relative = ''): string[] {
  return fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(relative, e.name);
    return e.isDirectory() ? listTree(dir, rel) : [rel];
  });
}

/**
 * Fills resources/bin (electron-builder copies it to <app>/resources/bin, outside the asar) from a
 * llama-server install: a static build is one file; a backend-DL build brings its libraries, the
 * CPU variants and the platform's GPU backends (built here, or from node-llama-cpp's packages).
 * The folder is generated: it is emptied first, so a package never carries a stale backend.
 */
export function stageForPackaging(opts: {
  binary: string;
  binDir: string;
  packagesDir: string;
  gpus: readonly GpuBackendName[];
  platform?: NodeJS.Platform;
}): PackagingStage {
  const platform = opts.platform ?? process.platform;
  const installDir = path.dirname(opts.binary);
  fs.rmSync(opts.binDir, { recursive: true, force: true });
  fs.mkdirSync(opts.binDir, { recursive: true });
  const dl = readBuildInfo(installDir)?.linkage === 'backend-dl';
  if (!dl) {
    const target = path.join(opts.binDir, llamaServerExecutableName(platform));
    fs.copyFileSync(opts.binary, target);
    const info = path.join(installDir, 'build-info.json');
    if (fs.existsSync(info)) fs.copyFileSync(info, path.join(opts.binDir, 'build-info.json'));
  } else {
    const allowed = new Set(opts.gpus.flatMap((g) => [backendFolderName(g, 'source'), backendFolderName(g, 'package')]));
    copyTree(installDir, opts.binDir, (rel) => {
      const parts = rel.split(path.sep);
      return parts[0] !== 'backends' || parts.length === 1 || allowed.has(parts[1]!);
    });
    stagePackageBackends({ packagesDir: opts.packagesDir, installDir: opts.binDir, platform, only: opts.gpus });
  }
  fs.chmodSync(path.join(opts.binDir, llamaServerExecutableName(platform)), 0o755);
  return { linkage: dl ? 'backend-dl' : 'static', files: listTree(opts.binDir).sort() };
}
