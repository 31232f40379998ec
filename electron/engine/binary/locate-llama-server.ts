import fs from 'node:fs';
import path from 'node:path';
import { llamaServerCacheRoot, llamaServerExecutableName } from './cache-location';

export interface BuildInfo {
  commit: string;
  backend: string;
  /** Absent in builds made before loadable backends existed: those are static. */
  linkage?: 'static' | 'backend-dl';
  options: string[];
  builtAt: string;
  seconds: number;
}

export interface LocatedServer {
  binary: string;
  info?: BuildInfo;
  source: 'env' | 'packaged' | 'cache';
  /**
   * The static build, when `binary` is a cached loadable-backend build and the static one is cached
   * too: the engine runs it instead when no GPU backend works (its -march=native CPU code is about
   * 2× faster than the generic CPU variants the loadable-backend build loads).
   */
  cpuFallback?: string;
}

/** One build found in the cache. */
export interface CachedBuild {
  binary: string;
  linkage: 'static' | 'backend-dl';
  mtimeMs: number;
}

/**
 * Which cached build runs, and which one stands in on the CPU (pure). LISTING_STUDIO_ENGINE_LINKAGE:
 * unset, the loadable-backend build (it can reach a GPU) with the static one as its CPU stand-in;
 * `static`, the static build only; `backend-dl`, the loadable-backend build even on the CPU.
 * Newest first within a kind.
 */
export function chooseCachedBuilds(builds: readonly CachedBuild[], linkageEnv?: string): { primary?: CachedBuild; cpuFallback?: CachedBuild } {
  const newest = (linkage: CachedBuild['linkage']) => builds.filter((b) => b.linkage === linkage).sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  const dl = newest('backend-dl');
  const plain = newest('static');
  if (linkageEnv === 'static') return { primary: plain };
  if (linkageEnv === 'backend-dl') return { primary: dl ?? plain };
  return dl ? { primary: dl, cpuFallback: plain } : { primary: plain };
}

/**
 * Finds a llama-server binary: LISTING_STUDIO_LLAMA_SERVER first, then the one a packaged app
 * ships in resources/bin, then a build in the local cache (see chooseCachedBuilds): the
 * loadable-backend build (<key>/bin/llama-server, which can use a GPU through the backends staged
 * beside it) before the static one (<key>/llama-server), which it names as its CPU stand-in.
 */
export function locateLlamaServer(opts: { resourcesDir?: string; env?: NodeJS.ProcessEnv } = {}): LocatedServer | undefined {
  const env = opts.env ?? process.env;
  const exe = llamaServerExecutableName();
  if (env.LISTING_STUDIO_LLAMA_SERVER && fs.existsSync(env.LISTING_STUDIO_LLAMA_SERVER)) {
    return { binary: env.LISTING_STUDIO_LLAMA_SERVER, info: readBuildInfo(path.dirname(env.LISTING_STUDIO_LLAMA_SERVER)), source: 'env' };
  }
  if (opts.resourcesDir) {
    const packaged = path.join(opts.resourcesDir, 'bin', exe);
    if (fs.existsSync(packaged)) return { binary: packaged, info: readBuildInfo(path.dirname(packaged)), source: 'packaged' };
  }
  const root = llamaServerCacheRoot(env);
  if (!fs.existsSync(root)) return undefined;
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d): CachedBuild[] => {
      const dl = path.join(root, d.name, 'bin', exe);
      const plain = path.join(root, d.name, exe);
      if (fs.existsSync(dl)) return [{ binary: dl, linkage: 'backend-dl', mtimeMs: fs.statSync(dl).mtimeMs }];
      return fs.existsSync(plain) ? [{ binary: plain, linkage: 'static', mtimeMs: fs.statSync(plain).mtimeMs }] : [];
    });
  const { primary, cpuFallback } = chooseCachedBuilds(builds, env.LISTING_STUDIO_ENGINE_LINKAGE);
  if (!primary) return undefined;
  return { binary: primary.binary, info: readBuildInfo(path.dirname(primary.binary)), source: 'cache', ...(cpuFallback ? { cpuFallback: cpuFallback.binary } : {}) };
}

export function readBuildInfo(dir: string): BuildInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}
