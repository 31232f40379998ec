import fs from 'node:fs';
import path from 'node:path';
import { backendFolderName, gpuBackendOfLibrary, isSharedLibrary } from '../../electron/engine/backends/backend-files';

/**
 * Copies a backend-DL build's shared libraries from its bin folder into the cache folder. GPU
 * backends compiled here (CUDA with nvcc, Vulkan with its SDK, Metal) go to their own
 * `backends/<name>-source/` folder rather than beside the server, because ggml loads every
 * backend it finds beside the executable: the engine must choose one per launch instead.
 */
export function placeBuiltLibraries(binDir: string, installDir: string): void {
  for (const name of fs.readdirSync(binDir)) {
    const from = path.join(binDir, name);
    if (!isSharedLibrary(name) || !fs.statSync(from).isFile()) continue;
    const gpu = gpuBackendOfLibrary(name);
    const toDir = gpu ? path.join(installDir, 'backends', backendFolderName(gpu, 'source')) : installDir;
    fs.mkdirSync(toDir, { recursive: true });
    fs.copyFileSync(from, path.join(toDir, name));
  }
}
