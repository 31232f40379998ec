/** GPU backends that ggml can load as a module and that node-llama-cpp ships prebuilt. */
export type GpuBackendName = 'cuda' | 'vulkan' | 'metal';

/** Where a staged backend came from: compiled here, or copied from an npm platform package. */
export type BackendOrigin = 'source' | 'package';

export const GPU_BACKENDS: readonly GpuBackendName[] = ['cuda', 'metal', 'vulkan'];

export function isSharedLibrary(fileName: string): boolean {
  return /\.(so|dylib|dll)$/.test(fileName);
}

/** `libggml-vulkan.so` / `ggml-cuda.dll` → the backend it is; anything else (base, cpu) → undefined. */
export function gpuBackendOfLibrary(fileName: string): GpuBackendName | undefined {
  const m = /^(?:lib)?ggml-([a-z]+)\.(?:so|dylib|dll)$/.exec(fileName);
  return GPU_BACKENDS.find((b) => b === m?.[1]);
}

/** A CPU variant that ggml scores against this processor (`libggml-cpu-haswell.so`). */
export function isCpuVariantLibrary(fileName: string): boolean {
  return /^(?:lib)?ggml-cpu-[a-z0-9_.]+\.(?:so|dylib|dll)$/.test(fileName);
}

export function backendLibraryName(backend: GpuBackendName, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return `ggml-${backend}.dll`;
  return `libggml-${backend}.${platform === 'darwin' ? 'dylib' : 'so'}`;
}

export function backendFolderName(backend: GpuBackendName, origin: BackendOrigin): string {
  return `${backend}-${origin}`;
}
