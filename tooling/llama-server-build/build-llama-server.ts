import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { buildCacheKey, chooseBackend, cmakeConfigureOptions, type BuildLinkage, type BuildRequest, type GpuBackend } from './build-options';
import { placeBuiltLibraries } from './place-built-libraries';
import { parseBuildProgress } from './build-progress';
import { llamaServerCacheRoot, llamaServerExecutableName } from '../../electron/engine/binary/cache-location';
import { locateLlamaBundle } from './llama-source';
import { describeMissingTools } from './missing-tools';
import { withBuildLock } from './build-lock';
import type { BuildInfo } from '../../electron/engine/binary/locate-llama-server';

export interface BuildPlan {
  commit: string;
  bundle: string;
  backend: GpuBackend;
  linkage: BuildLinkage;
  configure: string[];
  cacheDir: string;
  binary: string;
  missing: string[];
  generator?: string;
}

function onPath(cmd: string): boolean {
  return spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0;
}

function hasNvidiaGpu(): boolean {
  try {
    if (fs.readdirSync('/proc/driver/nvidia/gpus').length > 0) return true;
  } catch {
    // no NVIDIA kernel driver on this machine, or not Linux
  }
  return spawnSync('nvidia-smi', ['-L'], { encoding: 'utf8' }).stdout?.includes('GPU') ?? false;
}

/** Decides everything about a build without running it (used by --dry-run and the device check). */
export function planLlamaServerBuild(overrides: Partial<BuildRequest> = {}, env = process.env): BuildPlan {
  const { bundle, commit } = locateLlamaBundle();
  const backend =
    overrides.backend ??
    (env.LISTING_STUDIO_ENGINE_BACKEND as GpuBackend | undefined) ??
    chooseBackend({
      platform: process.platform,
      hasNvcc: onPath('nvcc') || Boolean(env.CUDA_PATH && fs.existsSync(path.join(env.CUDA_PATH, 'bin', 'nvcc'))),
      hasNvidiaGpu: hasNvidiaGpu(),
      hasVulkanSdk: Boolean(env.VULKAN_SDK) || onPath('glslc'),
    });
  const linkage = overrides.linkage ?? 'static';
  const configure = cmakeConfigureOptions({
    backend,
    linkage,
    native: overrides.native ?? true,
    cudaArchitectures: overrides.cudaArchitectures,
  });
  const cacheDir = path.join(llamaServerCacheRoot(env), buildCacheKey(commit, configure));
  const missing = describeMissingTools(
    { git: onPath('git'), cmake: onPath('cmake'), cxx: onPath('c++') || onPath('g++') || onPath('clang++') || onPath('cl') },
    process.platform,
  );
  return {
    commit,
    bundle,
    backend,
    linkage,
    configure,
    cacheDir,
    // The loadable-backend build keeps the server and its libraries in bin/: a folder that can be
    // copied whole (into resources/bin when packaging), and one that lookups written before this
    // build existed, which expect <key>/llama-server, pass over instead of launching it half-staged.
    binary: path.join(cacheDir, ...(linkage === 'backend-dl' ? ['bin'] : []), llamaServerExecutableName()),
    missing,
    generator: onPath('ninja') ? 'Ninja' : undefined,
  };
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; onLine?: (l: string) => void }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const take = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      opts.onLine?.(line);
    };
    readline.createInterface({ input: child.stdout }).on('line', take);
    readline.createInterface({ input: child.stderr }).on('line', take);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
    });
  });
}

/**
 * Builds llama-server from the bundled llama.cpp into the cache, once per commit and option set.
 * The source clone and ccache live beside the builds so a rebuild takes seconds.
 */
export async function buildLlamaServer(
  plan: BuildPlan,
  opts: { force?: boolean; jobs?: number; onProgress?: (fraction: number, step?: string) => void; log?: (line: string) => void } = {},
): Promise<string> {
  const log = opts.log ?? (() => {});
  if (plan.missing.length) throw new Error(`Cannot build llama-server:\n- ${plan.missing.join('\n- ')}`);
  if (!opts.force && fs.existsSync(plan.binary)) return plan.binary;
  const root = path.dirname(plan.cacheDir);
  fs.mkdirSync(root, { recursive: true });
  let told = false;
  return withBuildLock(
    `${plan.cacheDir}.lock`,
    async () => {
      // Another process may have finished the same build while we waited for the lock.
      if (!opts.force && fs.existsSync(plan.binary)) return plan.binary;
      return buildUnlocked(plan, root, opts);
    },
    (holder) => {
      if (!told) log(`Waiting for another build of the same llama-server (process ${holder}) to finish…`);
      told = true;
    },
  );
}

async function buildUnlocked(
  plan: BuildPlan,
  root: string,
  opts: { jobs?: number; onProgress?: (fraction: number, step?: string) => void; log?: (line: string) => void },
): Promise<string> {
  const log = opts.log ?? (() => {});
  const src = path.join(root, `src-${plan.commit.slice(0, 12)}`);
  if (!fs.existsSync(path.join(src, 'CMakeLists.txt'))) {
    log(`Unpacking llama.cpp ${plan.commit.slice(0, 12)} from ${plan.bundle}`);
    fs.rmSync(src, { recursive: true, force: true });
    fs.mkdirSync(root, { recursive: true });
    await run('git', ['clone', '--quiet', plan.bundle, src], {});
    await run('git', ['-C', src, 'checkout', '--quiet', plan.commit], {});
  }
  const buildDir = `${plan.cacheDir}.build`;
  const env = { ...process.env, CCACHE_DIR: process.env.CCACHE_DIR ?? path.join(root, 'ccache') };
  const started = Date.now();
  log(`Configuring (${plan.backend}): cmake ${plan.configure.join(' ')}`);
  await run('cmake', ['-S', src, '-B', buildDir, ...(plan.generator ? ['-G', plan.generator] : []), ...plan.configure], { env, onLine: (l) => log(l) });
  const jobs = opts.jobs ?? os.availableParallelism();
  await run('cmake', ['--build', buildDir, '--config', 'Release', '--target', 'llama-server', '-j', String(jobs)], {
    env,
    onLine: (l) => {
      const p = parseBuildProgress(l);
      if (p) opts.onProgress?.(p.fraction, p.step);
      else if (/error|warning: unused/i.test(l)) log(l);
    },
  });
  const exe = llamaServerExecutableName();
  const candidates = [path.join(buildDir, 'bin', exe), path.join(buildDir, 'bin', 'Release', exe)];
  const built = candidates.find((c) => fs.existsSync(c));
  if (!built) throw new Error(`The build finished but ${exe} is not in ${buildDir}/bin`);
  const installDir = path.dirname(plan.binary);
  fs.mkdirSync(installDir, { recursive: true });
  if (plan.linkage === 'backend-dl') placeBuiltLibraries(path.dirname(built), installDir);
  // Copy under a temporary name and rename, so a half-copied binary never looks finished.
  fs.copyFileSync(built, `${plan.binary}.partial`);
  fs.chmodSync(`${plan.binary}.partial`, 0o755);
  const info: BuildInfo = {
    commit: plan.commit,
    backend: plan.backend,
    linkage: plan.linkage,
    options: plan.configure,
    builtAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(path.join(installDir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
  fs.renameSync(`${plan.binary}.partial`, plan.binary);
  fs.rmSync(buildDir, { recursive: true, force: true });
  return plan.binary;
}
