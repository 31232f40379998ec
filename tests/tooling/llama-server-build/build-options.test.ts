import { describe, expect, it } from 'vitest';
import { buildCacheKey, cmakeConfigureOptions } from '../../../tooling/llama-server-build/build-options';

describe('cmakeConfigureOptions', () => {
  it('keeps the static build as it was: one self-contained binary, native when asked', () => {
    const opts = cmakeConfigureOptions({ backend: 'cpu', native: true });
    expect(opts).toContain('-DBUILD_SHARED_LIBS=OFF');
    expect(opts).toContain('-DGGML_NATIVE=ON');
    expect(opts.some((o) => o.startsWith('-DGGML_BACKEND_DL'))).toBe(false);
  });

  it('builds the backend-DL server shared, portable, with unversioned libraries that find each other by relative path', () => {
    const linux = cmakeConfigureOptions({ backend: 'cpu', native: true, linkage: 'backend-dl', platform: 'linux' });
    expect(linux).toEqual(expect.arrayContaining(['-DBUILD_SHARED_LIBS=ON', '-DGGML_BACKEND_DL=ON', '-DGGML_NATIVE=OFF', '-DCMAKE_PLATFORM_NO_VERSIONED_SONAME=ON', '-DCMAKE_BUILD_RPATH_USE_ORIGIN=ON']));
    expect(linux).toContain('-DMTMD_VIDEO=OFF');
    const mac = cmakeConfigureOptions({ backend: 'metal', native: false, linkage: 'backend-dl', platform: 'darwin' });
    expect(mac).toEqual(expect.arrayContaining(['-DCMAKE_INSTALL_RPATH=@loader_path', '-DGGML_METAL=ON']));
  });

  it('gives the two builds different cache folders', () => {
    const commit = '80fb11ac73e66d89eae2c6a91d8a77428fa733ed';
    const staticKey = buildCacheKey(commit, cmakeConfigureOptions({ backend: 'cpu', native: false }));
    const dlKey = buildCacheKey(commit, cmakeConfigureOptions({ backend: 'cpu', native: false, linkage: 'backend-dl', platform: 'linux' }));
    expect(staticKey).not.toBe(dlKey);
    expect(dlKey.startsWith('80fb11ac73e6-')).toBe(true);
  });
});
