import fs from 'node:fs';
import path from 'node:path';
import { llamaServerCacheRoot, llamaServerExecutableName } from './cache-location';

export interface BuildInfo {
  commit: string;
  backend: string;
  options: string[];
  builtAt: string;
  seconds: number;
}

export interface LocatedServer {
  binary: string;
  info?: BuildInfo;
  source: 'env' | 'packaged' | 'cache';
}

/**
 * Finds a llama-server binary: LISTING_STUDIO_LLAMA_SERVER first, then the one a packaged app
 * ships in resources/bin, then the newest build in the local cache.
 */
export function locateLlamaServer(opts: { resourcesDir?: string; env?: NodeJS.ProcessEnv } = {}): LocatedServer | undefined {
  const env = opts.env ?? process.env;
  const exe = llamaServerExecutableName();
  if (env.LISTING_STUDIO_LLAMA_SERVER && fs.existsSync(env.LISTING_STUDIO_LLAMA_SERVER)) {
    return { binary: env.LISTING_STUDIO_LLAMA_SERVER, source: 'env' };
  }
  if (opts.resourcesDir) {
    const packaged = path.join(opts.resourcesDir, 'bin', exe);
    if (fs.existsSync(packaged)) return { binary: packaged, info: readBuildInfo(path.dirname(packaged)), source: 'packaged' };
  }
  const root = llamaServerCacheRoot(env);
  if (!fs.existsSync(root)) return undefined;
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, exe)))
    .map((d) => path.join(root, d.name))
    .sort((a, b) => fs.statSync(path.join(b, exe)).mtimeMs - fs.statSync(path.join(a, exe)).mtimeMs);
  if (builds.length === 0) return undefined;
  return { binary: path.join(builds[0], exe), info: readBuildInfo(builds[0]), source: 'cache' };
}

export function readBuildInfo(dir: string): BuildInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}
