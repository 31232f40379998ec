import fs from 'node:fs';
import path from 'node:path';
import { backendLibraryName, GPU_BACKENDS, type BackendOrigin, type GpuBackendName } from './backend-files';

/** One GPU backend library the engine can hand to llama-server (through GGML_BACKEND_PATH). */
export interface BackendCandidate {
  name: GpuBackendName;
  origin: BackendOrigin;
  /** The library file: <install>/backends/<name>-<origin>/libggml-<name>.so */
  library: string;
}

const LABELS: Record<GpuBackendName | 'cpu', string> = { cuda: 'CUDA', metal: 'Metal', vulkan: 'Vulkan', cpu: 'CPU' };

export function backendLabel(name: GpuBackendName | 'cpu'): string {
  return LABELS[name];
}

/**
 * The order to try backends in: CUDA, then Metal, then Vulkan (which also reaches NVIDIA and AMD
 * cards, but slower than CUDA on NVIDIA); for one backend, a build made on this machine before the
 * prebuilt package one (the developer compiled it for this GPU on purpose).
 */
export function orderBackends(found: readonly BackendCandidate[]): BackendCandidate[] {
  const rank = (c: BackendCandidate) => GPU_BACKENDS.indexOf(c.name) * 2 + (c.origin === 'source' ? 0 : 1);
  return [...found].sort((a, b) => rank(a) - rank(b));
}

/** The GPU backends staged beside a backend-DL llama-server, best first; none beside a static one. */
export function discoverBackends(installDir: string, platform: NodeJS.Platform = process.platform): BackendCandidate[] {
  const root = path.join(installDir, 'backends');
  if (!fs.existsSync(root)) return [];
  const found: BackendCandidate[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const m = /^([a-z]+)-(source|package)$/.exec(entry.name);
    const name = GPU_BACKENDS.find((b) => b === m?.[1]);
    if (!entry.isDirectory() || !name) continue;
    const library = path.join(root, entry.name, backendLibraryName(name, platform));
    if (fs.existsSync(library)) found.push({ name, origin: m![2] as BackendOrigin, library });
  }
  return orderBackends(found);
}
