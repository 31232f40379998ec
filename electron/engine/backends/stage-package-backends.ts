import fs from 'node:fs';
import path from 'node:path';
import { backendFolderName, backendLibraryName, GPU_BACKENDS, isCpuVariantLibrary, type GpuBackendName } from './backend-files';

/** One file to copy from node-llama-cpp's platform packages into a backend-DL install. */
export interface StagedFile {
  from: string;
  to: string;
}

/** What the packages folder holds: package folder name → the files in its bins/<same name>/ folder. */
export type PackageListing = Record<string, string[]>;

/**
 * Which files to copy, from a listing of node_modules/@node-llama-cpp (pure, so the choice is
 * tested without the packages). The packages are built from the same llama.cpp release as the
 * bundled source our server is built from, so their loadable backends fit our libggml-base:
 * - each `<platform>-<arch>-<gpu>` package's libggml-<gpu> goes to backends/<gpu>-package/, where
 *   the engine points ggml at it for one launch;
 * - the plain `<platform>-<arch>` package's CPU variants (sse42 … zen4, armv8 …) go beside the
 *   server, where ggml scores them against the processor and loads the best, so one install runs
 *   on old and new CPUs.
 */
export function planPackageBackends(
  listing: PackageListing,
  opts: { packagesDir: string; installDir: string; platform: NodeJS.Platform; arch: string; only?: readonly GpuBackendName[] },
): StagedFile[] {
  const base = `${packagePlatformName(opts.platform)}-${opts.arch}`;
  const files: StagedFile[] = [];
  const from = (pkg: string, file: string) => path.join(opts.packagesDir, pkg, 'bins', pkg, file);
  for (const file of listing[base] ?? []) {
    if (isCpuVariantLibrary(file)) files.push({ from: from(base, file), to: path.join(opts.installDir, file) });
  }
  for (const gpu of GPU_BACKENDS.filter((g) => !opts.only || opts.only.includes(g))) {
    const pkg = `${base}-${gpu}`;
    const lib = backendLibraryName(gpu, opts.platform);
    if (listing[pkg]?.includes(lib)) {
      files.push({ from: from(pkg, lib), to: path.join(opts.installDir, 'backends', backendFolderName(gpu, 'package'), lib) });
    }
  }
  return files;
}

/** node-llama-cpp names its packages linux-x64, mac-arm64, win-x64 (then -cuda, -vulkan, -metal). */
export function packagePlatformName(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'mac' : platform === 'win32' ? 'win' : platform;
}

/** Lists node_modules/@node-llama-cpp/<pkg>/bins/<pkg>/ for every installed platform package. */
export function listPackageBackends(packagesDir: string): PackageListing {
  const listing: PackageListing = {};
  if (!fs.existsSync(packagesDir)) return listing;
  for (const pkg of fs.readdirSync(packagesDir)) {
    const bins = path.join(packagesDir, pkg, 'bins', pkg);
    if (fs.existsSync(bins)) listing[pkg] = fs.readdirSync(bins);
  }
  return listing;
}

/**
 * Copies the installed packages' backends into a backend-DL install (the cache build, or
 * resources/bin when packaging). A file that is already there with the same size is left alone;
 * a library copied under a temporary name and renamed, so ggml never loads a half-written one.
 */
export function stagePackageBackends(opts: {
  packagesDir: string;
  installDir: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Only these GPU backends (packaging); all installed ones when absent. */
  only?: readonly GpuBackendName[];
}): StagedFile[] {
  const plan = planPackageBackends(listPackageBackends(opts.packagesDir), {
    packagesDir: opts.packagesDir,
    installDir: opts.installDir,
    platform: opts.platform ?? process.platform,
    arch: opts.arch ?? process.arch,
    only: opts.only,
  });
  for (const file of plan) {
    if (fs.existsSync(file.to) && fs.statSync(file.to).size === fs.statSync(file.from).size) continue;
    fs.mkdirSync(path.dirname(file.to), { recursive: true });
    fs.copyFileSync(file.from, `${file.to}.partial`);
    fs.renameSync(`${file.to}.partial`, file.to);
  }
  return plan;
}
