import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverBackends } from '../../../electron/engine/backends/discover-backends';
import { locateLlamaServer } from '../../../electron/engine/binary/locate-llama-server';
import { locatePlatformPackages } from '../../../tooling/llama-server-build/llama-source';
import { packagedGpuBackends, stageForPackaging } from '../../../tooling/llama-server-build/stage-for-packaging';

/**
 * The packaged layout, checked without electron-builder (it needs the Electron zip, which is not
 * available here): npm run dist's staging step fills resources/bin from the cached backend-DL
 * build; electron-builder.yml copies that folder to <app>/resources/bin outside the asar; there
 * the engine must find the server and its backends, and the libraries must load from that place.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const located = locateLlamaServer();
const dlBuild = located?.info?.linkage === 'backend-dl' ? located : undefined;
if (!dlBuild && process.env.LISTING_STUDIO_REQUIRE_ENGINE === '1') throw new Error('packaging test: no backend-DL llama-server; run npm run engine:build -- --backend-dl');
if (!dlBuild) console.warn('[packaging test skipped] no backend-DL llama-server: npm run engine:build -- --backend-dl');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-for-packaging-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The list under one top-level key of electron-builder.yml, as plain lines. */
function yamlSection(key: string): string[] {
  const lines = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l) && !l.startsWith('#'));
  return lines.slice(start + 1, end === -1 ? undefined : end).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

describe.skipIf(process.platform !== 'linux' || !dlBuild)('stageForPackaging (Linux package)', () => {
  it('stages the server, its libraries, the CPU variants and the Vulkan backend, and no CUDA', () => {
    const binDir = path.join(work, 'resources', 'bin');
    fs.mkdirSync(binDir, { recursive: true });
    fs.writeFileSync(path.join(binDir, 'libggml-stale.so'), 'left by an earlier package');
    const staged = stageForPackaging({ binary: dlBuild!.binary, binDir, packagesDir: locatePlatformPackages(), gpus: packagedGpuBackends('linux') });
    expect(staged.linkage).toBe('backend-dl');
    expect(staged.files).toEqual(
      expect.arrayContaining(['llama-server', 'build-info.json', 'libggml-base.so', 'libggml.so', 'libllama.so', 'libmtmd.so', 'libggml-cpu-sse42.so', 'libggml-cpu-haswell.so', path.join('backends', 'vulkan-package', 'libggml-vulkan.so')]),
    );
    expect(staged.files.filter((f) => f.startsWith('libggml-cpu-')).length).toBeGreaterThanOrEqual(10);
    expect(staged.files.some((f) => /cuda/.test(f))).toBe(false);
    expect(staged.files).not.toContain('libggml-stale.so');
  });

  it('is copied outside the asar by electron-builder.yml, and the engine finds the server and its Vulkan backend there', () => {
    expect(yamlSection('asarUnpack')).toContain('- resources/bin/**');
    const extra = yamlSection('extraResources');
    expect(extra[extra.indexOf('- from: resources/bin') + 1]).toBe('to: bin');
    // What extraResources does: <app>/resources/bin is the staged folder, in another place than the build.
    const appResources = path.join(work, 'app', 'resources');
    fs.cpSync(path.join(work, 'resources', 'bin'), path.join(appResources, 'bin'), { recursive: true });
    const packaged = locateLlamaServer({ resourcesDir: appResources, env: {} });
    expect(packaged).toMatchObject({ binary: path.join(appResources, 'bin', 'llama-server'), source: 'packaged', info: { linkage: 'backend-dl' } });
    expect(discoverBackends(path.dirname(packaged!.binary)).map((b) => `${b.name}-${b.origin}`)).toEqual(['vulkan-package']);
  });

  it('loads its libraries from where it was unpacked: a relative run path, every dependency found, the Vulkan backend loadable', () => {
    const bin = path.join(work, 'app', 'resources', 'bin');
    const dynamic = execFileSync('readelf', ['-d', path.join(bin, 'llama-server')], { encoding: 'utf8' });
    expect(dynamic).toMatch(/RUNPATH.*\[\$ORIGIN:?\]/);
    expect(dynamic).not.toMatch(/RUNPATH.*\/root|RUNPATH.*\.build/);
    const ldd = execFileSync('ldd', [path.join(bin, 'llama-server')], { encoding: 'utf8' });
    expect(ldd).not.toMatch(/not found/);
    expect(ldd).toContain(path.join(bin, 'libllama.so'));
    const list = spawnSync(path.join(bin, 'llama-server'), ['--list-devices'], {
      encoding: 'utf8',
      env: { ...process.env, GGML_BACKEND_PATH: path.join(bin, 'backends', 'vulkan-package', 'libggml-vulkan.so') },
    });
    expect([list.status, `${list.stdout}${list.stderr}`]).toEqual([0, expect.stringContaining('Available devices:')]);
    expect(`${list.stdout}${list.stderr}`).not.toMatch(/failed to load/);
  });
});
