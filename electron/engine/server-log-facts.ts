/** What llama-server decided at startup, as it reported it. */
export interface ServerFacts {
  /** Layers offloaded to a GPU, and the model's offloadable total (blocks + output). */
  gpuLayers?: number;
  totalLayers?: number;
  /** GPU devices it used, e.g. "CUDA0 (NVIDIA H200)". */
  devices: string[];
  slots?: number;
  contextPerSlot?: number;
  /** Model, KV, compute and output buffers placed on a GPU, in bytes. */
  vramBytes?: number;
}

const MIB = 1024 * 1024;

/**
 * Reads the startup log. The lines it relies on (llama.cpp 80fb11a):
 *   load_tensors: offloaded 33/33 layers to GPU
 *   llama_model_load_from_file_impl: using device CUDA0 (NVIDIA H200) (0000:…) - 139000 MiB free
 *   llama_prepare_model_devices: using device Vulkan0 (llvmpipe (LLVM 15.0.6, 256 bits)) (unknown id) - 2048 MiB free
 *   srv load_model: initializing, n_slots = 2, n_ctx_slot = 4096, kv_unified = 'false'
 *   load_tensors:        CUDA0 model buffer size =  3800.00 MiB   (also KV / compute / output buffers)
 */
export function parseServerStartup(lines: readonly string[]): ServerFacts {
  const facts: ServerFacts = { devices: [] };
  let vram = 0;
  for (const line of lines) {
    const offload = /offloaded (\d+)\/(\d+) layers to GPU/.exec(line);
    if (offload) {
      facts.gpuLayers = Number(offload[1]);
      facts.totalLayers = Number(offload[2]);
    }
    // The description may hold parentheses itself ("llvmpipe (LLVM 15.0.6, 256 bits)"); the id after it is the last group.
    const device = /using device (\S+) \((.*)\) \([^()]*\) - /.exec(line) ?? /using device (\S+) \(([^)]*)\)/.exec(line);
    if (device) facts.devices.push(`${device[1]} (${device[2]})`);
    const slots = /n_slots = (\d+), n_ctx_slot = (\d+)/.exec(line);
    if (slots) {
      facts.slots = Number(slots[1]);
      facts.contextPerSlot = Number(slots[2]);
    }
    const buffer = /:\s+(\S+)\s+(?:model|KV|compute|output)\s+buffer size =\s+([\d.]+) MiB/.exec(line);
    // CPU and *_Host (pinned system RAM) buffers are not graphics memory.
    if (buffer && !/^CPU|_Host$/i.test(buffer[1])) vram += Number(buffer[2]) * MIB;
  }
  if (vram > 0) facts.vramBytes = Math.round(vram);
  // CPU-only builds never print the offload line; a model that loaded without it runs on the CPU.
  if (facts.gpuLayers === undefined && lines.some((l) => /load_tensors: .* model buffer size/.test(l))) facts.gpuLayers = 0;
  return facts;
}

/** The parts of GET /props the status needs; the log wins where both say something. */
export function parseProps(body: unknown): Partial<Pick<ServerFacts, 'slots' | 'contextPerSlot'>> & { vision?: boolean } {
  if (!body || typeof body !== 'object') return {};
  const props = body as { total_slots?: unknown; default_generation_settings?: { n_ctx?: unknown }; modalities?: { vision?: unknown } };
  const out: { slots?: number; contextPerSlot?: number; vision?: boolean } = {};
  if (typeof props.total_slots === 'number') out.slots = props.total_slots;
  if (typeof props.default_generation_settings?.n_ctx === 'number') out.contextPerSlot = props.default_generation_settings.n_ctx;
  if (typeof props.modalities?.vision === 'boolean') out.vision = props.modalities.vision;
  return out;
}
