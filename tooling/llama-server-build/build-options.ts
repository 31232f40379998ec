import { createHash } from 'node:crypto';

/** Which GPU backend llama-server is compiled with. */
export type GpuBackend = 'cpu' | 'cuda' | 'vulkan' | 'metal';

export interface BuildToolchain {
  platform: NodeJS.Platform;
  /** nvcc found on PATH or under CUDA_PATH. */
  hasNvcc: boolean;
  /** An NVIDIA driver with a device (/proc/driver/nvidia/gpus or nvidia-smi -L lists one). */
  hasNvidiaGpu: boolean;
  /** A Vulkan SDK (VULKAN_SDK set, or glslc on PATH). */
  hasVulkanSdk: boolean;
}

/**
 * How the binary is linked. `static`: one self-contained file with the backend compiled in (the
 * test and fallback build). `backend-dl`: llama-server plus shared ggml libraries that load GPU and
 * CPU backends at run time from files beside it, so the prebuilt backends that node-llama-cpp's
 * platform packages install (Vulkan, CUDA, 14 CPU variants) plug into our own server.
 */
export type BuildLinkage = 'static' | 'backend-dl';

export interface BuildRequest {
  backend: GpuBackend;
  /** Defaults to static. */
  linkage?: BuildLinkage;
  /** Target platform; decides how the shared build finds its libraries (defaults to this one). */
  platform?: NodeJS.Platform;
  /** -march=native for local/test builds; portable x86-64-v3 baseline for shipped binaries. */
  native: boolean;
  /** CUDA architectures, e.g. "90" for Hopper; undefined lets CMake pick. */
  cudaArchitectures?: string;
}

/**
 * CPU by default; CUDA when nvcc is present with an NVIDIA GPU to run it on (nvcc alone, as on a
 * CI box, would only add an hour of compiling on 2 cores for code that cannot run); Vulkan when
 * its SDK is; Metal on macOS.
 */
export function chooseBackend(tools: BuildToolchain): GpuBackend {
  if (tools.platform === 'darwin') return 'metal';
  if (tools.hasNvcc && tools.hasNvidiaGpu) return 'cuda';
  if (tools.hasVulkanSdk) return 'vulkan';
  return 'cpu';
}

/**
 * The cmake configure options. Static (unless `linkage` says backend-dl), so the one binary needs only libc/libstdc++ (a shared
 * build embeds an absolute RUNPATH); no OpenSSL (we only talk plain HTTP on loopback); no web UI
 * (the default downloads it at configure time); no OpenMP (drops the libgomp dependency);
 * MTMD_VIDEO off, so an undecodable image never makes the server spawn ffprobe.
 */
export function cmakeConfigureOptions(req: BuildRequest): string[] {
  const dl = req.linkage === 'backend-dl';
  const opts = [
    '-DCMAKE_BUILD_TYPE=Release',
    `-DBUILD_SHARED_LIBS=${dl ? 'ON' : 'OFF'}`,
    // A loadable-backend build ships to other machines: the CPU code comes from runtime-chosen
    // variants, so the fallback CPU library it builds itself must not assume this machine's CPU.
    `-DGGML_NATIVE=${req.native && !dl ? 'ON' : 'OFF'}`,
    '-DGGML_OPENMP=OFF',
    '-DLLAMA_BUILD_TESTS=OFF',
    '-DLLAMA_BUILD_EXAMPLES=OFF',
    '-DLLAMA_BUILD_APP=OFF',
    '-DLLAMA_BUILD_UI=OFF',
    '-DLLAMA_USE_PREBUILT_UI=OFF',
    '-DLLAMA_OPENSSL=OFF',
    '-DMTMD_VIDEO=OFF',
  ];
  if (dl) opts.push(...backendDlOptions(req.platform ?? process.platform));
  if (req.backend === 'cuda') {
    opts.push('-DGGML_CUDA=ON');
    if (req.cudaArchitectures) opts.push(`-DCMAKE_CUDA_ARCHITECTURES=${req.cudaArchitectures}`);
  }
  if (req.backend === 'vulkan') opts.push('-DGGML_VULKAN=ON');
  if (req.backend === 'metal') opts.push('-DGGML_METAL=ON', '-DGGML_METAL_EMBED_LIBRARY=ON');
  return opts;
}

/**
 * GGML_BACKEND_DL makes every backend a loadable module. Unversioned sonames, so a prebuilt
 * backend that links `libggml-base.so` binds to the one our server already loaded (a second copy
 * would hold a second backend registry); a relative run path, so the folder can move (the cache,
 * resources/bin in a packaged app) and the libraries still find each other.
 */
function backendDlOptions(platform: NodeJS.Platform): string[] {
  const opts = ['-DGGML_BACKEND_DL=ON', '-DCMAKE_PLATFORM_NO_VERSIONED_SONAME=ON'];
  if (platform === 'darwin') opts.push('-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON', '-DCMAKE_INSTALL_RPATH=@loader_path');
  else if (platform !== 'win32') opts.push('-DCMAKE_BUILD_RPATH_USE_ORIGIN=ON');
  return opts;
}

/** Cache folder name: one build per llama.cpp commit and option set. */
export function buildCacheKey(commit: string, options: readonly string[]): string {
  const digest = createHash('sha256').update(options.join('\n')).digest('hex').slice(0, 12);
  return `${commit.slice(0, 12)}-${digest}`;
}
