import type { BuildLinkage } from './build-options';

/** LISTING_STUDIO_ENGINE_BUILD: which llama-server builds `npm install` makes. */
export const ENGINE_BUILD_ENV = 'LISTING_STUDIO_ENGINE_BUILD';

/** What the machine showed about its GPUs, as read by read-gpu-facts.ts (recorded outputs in tests). */
export interface GpuFacts {
  platform: NodeJS.Platform;
  /** /dev/nvidia0 exists (the NVIDIA kernel driver has a device). */
  nvidiaDeviceNode: boolean;
  /** `nvidia-smi -L` output; undefined when the tool is missing or failed. */
  nvidiaSmiList?: string;
  /** `vulkaninfo --summary` output; undefined when the tool is missing or failed. */
  vulkanSummary?: string;
  /** The LISTING_STUDIO_ENGINE_BUILD value, if set. */
  override?: string;
}

export interface EngineBuildDecision {
  /** The builds to make, in order. */
  linkages: BuildLinkage[];
  /** One line for the install log, e.g. "NVIDIA GPU found: building llama-server with loadable GPU backends". */
  reason: string;
}

export interface VulkanDevice {
  name: string;
  /** PHYSICAL_DEVICE_TYPE_DISCRETE_GPU, _INTEGRATED_GPU, _VIRTUAL_GPU, _CPU or _OTHER. */
  type: string;
}

/**
 * The devices in `vulkaninfo --summary` (Vulkan-Tools 1.2.148 and later): under "Devices:", one
 * "GPUn:" block per physical device with "deviceType = PHYSICAL_DEVICE_TYPE_…" and
 * "deviceName = …" lines. Every device is headed "GPUn", Mesa's lavapipe too; only deviceType
 * tells a real GPU from a CPU implementation.
 */
export function parseVulkanSummary(text: string): VulkanDevice[] {
  const devices: VulkanDevice[] = [];
  let current: Partial<VulkanDevice> | undefined;
  const flush = () => {
    if (current?.type) devices.push({ name: current.name ?? '(unnamed)', type: current.type });
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^GPU\d+:/.test(line.trim())) {
      flush();
      current = {};
      continue;
    }
    const m = /^\s*(deviceType|deviceName)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m || !current) continue;
    if (m[1] === 'deviceType') current.type = m[2];
    else current.name = m[2];
  }
  flush();
  return devices;
}

/** Vulkan devices ggml will compute on: GPUs, not CPU implementations such as lavapipe or SwiftShader. */
export function usableVulkanGpus(text: string | undefined): VulkanDevice[] {
  if (!text) return [];
  return parseVulkanSummary(text).filter((d) => /^PHYSICAL_DEVICE_TYPE_(DISCRETE|INTEGRATED|VIRTUAL)_GPU$/.test(d.type));
}

/**
 * GPU names from `nvidia-smi -L` ("GPU 0: NVIDIA GeForce RTX 4070 (UUID: GPU-…)"). When the
 * driver is not loaded nvidia-smi prints an error sentence instead, which lists none.
 */
export function nvidiaGpusFromSmi(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => /^GPU \d+: (.+?)(?: \(UUID: [^)]*\))?\s*$/.exec(l.trim())?.[1])
    .filter((n): n is string => Boolean(n));
}

const OVERRIDES: Record<string, BuildLinkage[]> = { static: ['static'], dl: ['backend-dl'], both: ['backend-dl', 'static'] };

const WHAT: Record<string, string> = {
  static: 'the CPU llama-server tuned for this processor',
  dl: 'llama-server with loadable GPU backends',
  both: 'llama-server with loadable GPU backends, then the CPU one tuned for this processor',
};

/**
 * Which llama-server `npm install` builds. The loadable-backend build gives GPU offload through the
 * backends node-llama-cpp's packages installed, but computes on the CPU with a generic variant
 * (about 2× slower here than the static -march=native build), so it is built only where a GPU can
 * use it: an NVIDIA driver with a device, or a Vulkan GPU. macOS builds the static one, which
 * carries Metal. An override in LISTING_STUDIO_ENGINE_BUILD wins; a value it does not know is
 * said and ignored.
 */
export function decideEngineBuild(facts: GpuFacts): EngineBuildDecision {
  const override = facts.override?.trim().toLowerCase();
  let note = '';
  if (override) {
    const linkages = OVERRIDES[override];
    if (linkages) return { linkages, reason: `${ENGINE_BUILD_ENV}=${override}: building ${WHAT[override]}` };
    note = ` (${ENGINE_BUILD_ENV}=${facts.override} is not one of static, dl, both: ignored)`;
  }
  if (facts.platform === 'darwin') return { linkages: ['static'], reason: `macOS: building llama-server with Metal built in${note}` };
  const nvidia = nvidiaGpusFromSmi(facts.nvidiaSmiList);
  if (nvidia.length > 0 || facts.nvidiaDeviceNode) {
    const named = nvidia.length > 0 ? ` (${nvidia.join(', ')})` : '';
    return { linkages: ['backend-dl'], reason: `NVIDIA GPU found${named}: building ${WHAT.dl}${note}` };
  }
  const vulkan = usableVulkanGpus(facts.vulkanSummary);
  if (vulkan.length > 0) {
    return { linkages: ['backend-dl'], reason: `Vulkan GPU found (${vulkan.map((d) => d.name).join(', ')}): building ${WHAT.dl}${note}` };
  }
  return { linkages: ['static'], reason: `No GPU found${noGpuDetail(facts)}: building ${WHAT.static}${note}` };
}

/** What was looked at, so a machine whose GPU was missed says how to get the GPU build. */
function noGpuDetail(facts: GpuFacts): string {
  if (facts.vulkanSummary === undefined) {
    return ` (no NVIDIA driver; vulkaninfo is not installed, so other GPUs were not checked: install vulkan-tools, or set ${ENGINE_BUILD_ENV}=dl)`;
  }
  const cpuOnly = parseVulkanSummary(facts.vulkanSummary).map((d) => d.name);
  return cpuOnly.length > 0 ? ` (Vulkan sees only ${cpuOnly.join(', ')}, which computes on the CPU)` : '';
}
