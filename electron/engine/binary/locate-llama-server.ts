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
}

/**
 * Finds a llama-server binary: LISTING_STUDIO_LLAMA_SERVER first, then the one a packaged app
 * ships in resources/bin, then a build in the local cache: the loadable-backend build
 * (<key>/bin/llama-server, which can use a GPU through the backends staged beside it) before the
 * static one (<key>/llama-server), newest first. LISTING_STUDIO_ENGINE_LINKAGE=static picks the
 * static build.
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
  const wanted = env.LISTING_STUDIO_ENGINE_LINKAGE === 'static' ? ['static'] : ['backend-dl', 'static'];
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dl = path.join(root, d.name, 'bin', exe);
      const plain = path.join(root, d.name, exe);
      if (fs.existsSync(dl)) return [{ binary: dl, linkage: 'backend-dl' }];
      return fs.existsSync(plain) ? [{ binary: plain, linkage: 'static' }] : [];
    })
    .filter((b) => wanted.includes(b.linkage))
    .sort((a, b) => wanted.indexOf(a.linkage) - wanted.indexOf(b.linkage) || fs.statSync(b.binary).mtimeMs - fs.statSync(a.binary).mtimeMs);
  const best = builds[0];
  if (!best) return undefined;
  return { binary: best.binary, info: readBuildInfo(path.dirname(best.binary)), source: 'cache' };
}

export function readBuildInfo(dir: string): BuildInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}
