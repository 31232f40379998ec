import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseCachedBuilds, locateLlamaServer } from '../../../../electron/engine/binary/locate-llama-server';

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
  it('prefers the loadable-backend build in the cache, with its build info and the static build as its CPU stand-in', () => {
    const { cache, dlBinary, staticBinary } = cacheWithBothBuilds();
    const found = locateLlamaServer({ env: { LISTING_STUDIO_CACHE: cache } });
    expect(found).toMatchObject({ binary: dlBinary, source: 'cache', info: { linkage: 'backend-dl' }, cpuFallback: staticBinary });
  });

  it('keeps the loadable-backend build on the CPU too when LISTING_STUDIO_ENGINE_LINKAGE=backend-dl says so', () => {
    const { cache, dlBinary } = cacheWithBothBuilds();
    const found = locateLlamaServer({ env: { LISTING_STUDIO_CACHE: cache, LISTING_STUDIO_ENGINE_LINKAGE: 'backend-dl' } });
    expect(found?.binary).toBe(dlBinary);
    expect(found?.cpuFallback).toBeUndefined();
  });

  it('takes the static build when LISTING_STUDIO_ENGINE_LINKAGE=static says so', () => {
    const { cache, staticBinary } = cacheWithBothBuilds();
    const found = locateLlamaServer({ env: { LISTING_STUDIO_CACHE: cache, LISTING_STUDIO_ENGINE_LINKAGE: 'static' } });
    expect(found?.binary).toBe(staticBinary);
    expect(found?.cpuFallback).toBeUndefined();
  });

  it('takes the one a packaged app ships before any cached build', () => {
    const { cache } = cacheWithBothBuilds();
    const resources = path.join(cache, 'resources');
    fs.mkdirSync(path.join(resources, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'bin', 'llama-server'), '');
    expect(locateLlamaServer({ resourcesDir: resources, env: { LISTING_STUDIO_CACHE: cache } })).toMatchObject({ binary: path.join(resources, 'bin', 'llama-server'), source: 'packaged' });
  });
});

describe('chooseCachedBuilds', () => {
  const dlOld = { binary: '/c/a/bin/llama-server', linkage: 'backend-dl', mtimeMs: 1 } as const;
  const dlNew = { binary: '/c/b/bin/llama-server', linkage: 'backend-dl', mtimeMs: 3 } as const;
  const plain = { binary: '/c/s/llama-server', linkage: 'static', mtimeMs: 2 } as const;

  it('runs the newest loadable-backend build, with the static one standing in on the CPU', () => {
    expect(chooseCachedBuilds([plain, dlOld, dlNew])).toEqual({ primary: dlNew, cpuFallback: plain });
    expect(chooseCachedBuilds([dlOld])).toEqual({ primary: dlOld, cpuFallback: undefined });
    expect(chooseCachedBuilds([plain])).toEqual({ primary: plain });
    expect(chooseCachedBuilds([])).toEqual({ primary: undefined });
  });

  it('follows LISTING_STUDIO_ENGINE_LINKAGE', () => {
    expect(chooseCachedBuilds([plain, dlNew], 'static')).toEqual({ primary: plain });
    expect(chooseCachedBuilds([dlNew], 'static')).toEqual({ primary: undefined });
    expect(chooseCachedBuilds([plain, dlNew], 'backend-dl')).toEqual({ primary: dlNew });
    expect(chooseCachedBuilds([plain], 'backend-dl')).toEqual({ primary: plain });
  });
});
