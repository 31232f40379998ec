import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locateLlamaServer } from '../../../../electron/engine/binary/locate-llama-server';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A cache with a static build (<key>/llama-server) and a backend-DL build (<key>/bin/llama-server). */
function cacheWithBothBuilds(): { cache: string; staticBinary: string; dlBinary: string } {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'locate-llama-server-'));
  dirs.push(cache);
  const root = path.join(cache, 'llama-server');
  const dlBinary = path.join(root, '80fb11ac73e6-dl0000000000', 'bin', 'llama-server');
  const staticBinary = path.join(root, '80fb11ac73e6-st0000000000', 'llama-server');
  fs.mkdirSync(path.dirname(dlBinary), { recursive: true });
  fs.writeFileSync(dlBinary, '');
  fs.writeFileSync(path.join(path.dirname(dlBinary), 'build-info.json'), JSON.stringify({ commit: 'c', backend: 'cpu', linkage: 'backend-dl', options: [], builtAt: '', seconds: 1 }));
  fs.mkdirSync(path.dirname(staticBinary), { recursive: true });
  // The static build is the newer one: the loadable-backend build still wins.
  fs.writeFileSync(staticBinary, '');
  return { cache, staticBinary, dlBinary };
}

describe('locateLlamaServer', () => {
  it('prefers the loadable-backend build in the cache, with its build info', () => {
    const { cache, dlBinary } = cacheWithBothBuilds();
    const found = locateLlamaServer({ env: { LISTING_STUDIO_CACHE: cache } });
    expect(found).toMatchObject({ binary: dlBinary, source: 'cache', info: { linkage: 'backend-dl' } });
  });

  it('takes the static build when LISTING_STUDIO_ENGINE_LINKAGE=static says so', () => {
    const { cache, staticBinary } = cacheWithBothBuilds();
    expect(locateLlamaServer({ env: { LISTING_STUDIO_CACHE: cache, LISTING_STUDIO_ENGINE_LINKAGE: 'static' } })?.binary).toBe(staticBinary);
  });

  it('takes the one a packaged app ships before any cached build', () => {
    const { cache } = cacheWithBothBuilds();
    const resources = path.join(cache, 'resources');
    fs.mkdirSync(path.join(resources, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'bin', 'llama-server'), '');
    expect(locateLlamaServer({ resourcesDir: resources, env: { LISTING_STUDIO_CACHE: cache } })).toMatchObject({ binary: path.join(resources, 'bin', 'llama-server'), source: 'packaged' });
  });
});
