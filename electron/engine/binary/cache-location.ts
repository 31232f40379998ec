import os from 'node:os';
import path from 'node:path';

/**
 * Where built llama-server binaries are cached: outside the repo, so a clean clone, `npm ci`
 * and CI reuse one build per machine. LISTING_STUDIO_CACHE overrides it.
 */
export function llamaServerCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LISTING_STUDIO_CACHE) return path.join(env.LISTING_STUDIO_CACHE, 'llama-server');
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'));
  return path.join(base, 'listing-studio', 'llama-server');
}

export function llamaServerExecutableName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'llama-server.exe' : 'llama-server';
}
