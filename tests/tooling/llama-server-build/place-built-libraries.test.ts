import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverBackends } from '../../../electron/engine/backends/discover-backends';
import { placeBuiltLibraries } from '../../../tooling/llama-server-build/place-built-libraries';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('placeBuiltLibraries', () => {
  it('puts the shared libraries beside the server and a GPU backend compiled here in its own folder, where the engine finds it first', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'place-built-'));
    dirs.push(root);
    const buildBin = path.join(root, 'build', 'bin');
    fs.mkdirSync(buildBin, { recursive: true });
    // What ninja leaves in bin/ after a backend-DL build with -DGGML_VULKAN=ON (names from a real build).
    for (const name of ['llama-server', 'libggml-base.so', 'libggml-cpu.so', 'libggml.so', 'libllama.so', 'libmtmd.so', 'libllama-server-impl.so', 'libggml-vulkan.so', 'vulkan-shaders-gen']) {
      fs.writeFileSync(path.join(buildBin, name), name);
    }
    const install = path.join(root, 'install');
    placeBuiltLibraries(buildBin, install);
    expect(fs.readdirSync(install).sort()).toEqual(['backends', 'libggml-base.so', 'libggml-cpu.so', 'libggml.so', 'libllama-server-impl.so', 'libllama.so', 'libmtmd.so']);
    expect(discoverBackends(install, 'linux')).toEqual([{ name: 'vulkan', origin: 'source', library: path.join(install, 'backends', 'vulkan-source', 'libggml-vulkan.so') }]);
  });
});
