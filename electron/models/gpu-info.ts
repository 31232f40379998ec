import { getLlama, LlamaLogLevel } from 'node-llama-cpp';
import type { GpuKind } from './recommend-model';

export interface GpuInfo {
  gpu: GpuKind;
  deviceNames: string[];
  vramTotalBytes: number;
  vramFreeBytes: number;
  /** Why no GPU could be asked about (e.g. node-llama-cpp's prebuilt binaries are not shipped). */
  unavailableReason?: string;
}

export interface GpuProbe {
  /** Asks once per probe; later calls get the same promise. */
  read(): Promise<GpuInfo>;
}

const NO_GPU: Omit<GpuInfo, 'unavailableReason'> = { gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 };

/**
 * Reads the GPU through node-llama-cpp's own prebuilt backends (CUDA, Vulkan, Metal). It never
 * builds from source or downloads anything, and the Llama instance is disposed right away: the app
 * runs its own llama-server, this only informs the model recommendation.
 */
export async function readGpuInfo(): Promise<GpuInfo> {
  let llama;
  try {
    llama = await getLlama({ gpu: 'auto', build: 'never', skipDownload: true, progressLogs: false, logLevel: LlamaLogLevel.error });
  } catch (err) {
    return { ...NO_GPU, unavailableReason: `node-llama-cpp could not load a backend: ${(err as Error).message}` };
  }
  try {
    if (!llama.gpu) return { ...NO_GPU };
    const [vram, deviceNames] = await Promise.all([llama.getVramState(), llama.getGpuDeviceNames()]);
    // A GPU backend that loads but sees no device (Mesa's software Vulkan is skipped by ggml) is no GPU.
    if (deviceNames.length === 0 || vram.total === 0) return { ...NO_GPU };
    return { gpu: llama.gpu, deviceNames, vramTotalBytes: vram.total, vramFreeBytes: vram.free };
  } finally {
    await llama.dispose();
  }
}

/** One probe per Core, so loading the native backend (about 1 s) happens once per process. */
export function createGpuProbe(read: () => Promise<GpuInfo> = readGpuInfo): GpuProbe {
  let pending: Promise<GpuInfo> | undefined;
  return {
    read() {
      pending ??= read();
      return pending;
    },
  };
}
