import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverBackends, orderBackends } from '../../../../electron/engine/backends/discover-backends';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('orderBackends', () => {
  it('tries CUDA, then Metal, then Vulkan, and a backend built here before the packaged one', () => {
    const c = (name: 'cuda' | 'vulkan' | 'metal', origin: 'source' | 'package') => ({ name, origin, library: `${name}-${origin}` });
    const order = orderBackends([c('vulkan', 'package'), c('cuda', 'package'), c('vulkan', 'source'), c('metal', 'package')]);
    expect(order.map((b) => b.library)).toEqual(['cuda-package', 'metal-package', 'vulkan-source', 'vulkan-package']);
  });
});

describe('discoverBackends', () => {
  it('finds the backend libraries staged under backends/, and none beside a static build', () => {
    const install = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-backends-'));
    dirs.push(install);
    expect(discoverBackends(install, 'linux')).toEqual([]);
    for (const [folder, file] of [
      ['vulkan-package', 'libggml-vulkan.so'],
      ['cuda-package', 'libggml-cuda.so'],
      ['cuda-source', 'README'],
      ['notes', 'libggml-vulkan.so'],
    ]) {
      fs.mkdirSync(path.join(install, 'backends', folder!), { recursive: true });
      fs.writeFileSync(path.join(install, 'backends', folder!, file!), 'x');
    }
    expect(discoverBackends(install, 'linux')).toEqual([
      { name: 'cuda', origin: 'package', library: path.join(install, 'backends', 'cuda-package', 'libggml-cuda.so') },
      { name: 'vulkan', origin: 'package', library: path.join(install, 'backends', 'vulkan-package', 'libggml-vulkan.so') },
    ]);
  });
});
