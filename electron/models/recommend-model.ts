import type { Catalog, CatalogEntry } from './model-catalog';

export type GpuKind = 'cuda' | 'vulkan' | 'metal' | false;

export interface MachineProfile {
  ramBytes: number;
  /** Total video memory of the best GPU (on Apple silicon, the GPU's share of unified memory). */
  vramBytes: number;
  gpu: GpuKind;
}

export interface Recommendation {
  entry: CatalogEntry;
  /** Where most of the work happens; llama-server's --fit decides the exact split. */
  runsOn: 'gpu' | 'cpu';
  /** One plain sentence for the shop owner. */
  reason: string;
}

/** The app, Electron, photo decoding and the OS need the rest. */
const RAM_SHARE_FOR_MODEL = 0.6;

const GPU_WORDS: Record<Exclude<GpuKind, false>, string> = {
  cuda: 'NVIDIA graphics card',
  vulkan: 'graphics card',
  metal: 'Apple GPU',
};

export function formatGigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

function best(entries: CatalogEntry[], need: (e: CatalogEntry) => number): CatalogEntry | undefined {
  return [...entries].sort((a, b) => b.quality - a.quality || need(a) - need(b))[0];
}

/**
 * Picks the model to offer first. A GPU with enough video memory gets the strongest model that
 * fits in it; otherwise a small CPU-friendly model, because a 7B model takes about 100 s per
 * listing on a 2-core processor (llama-server-notes appendix).
 */
export function recommendModel(catalog: Catalog, machine: MachineProfile): Recommendation {
  const cpuBudget = machine.ramBytes * RAM_SHARE_FOR_MODEL;
  const cpuPick =
    best(
      catalog.entries.filter((e) => e.cpuFriendly && e.ramBytes <= cpuBudget),
      (e) => e.ramBytes,
    ) ?? [...catalog.entries].sort((a, b) => a.ramBytes - b.ramBytes)[0];
  const cpuFits = cpuPick.ramBytes <= cpuBudget;

  if (machine.gpu && machine.vramBytes > 0) {
    const gpuWords = GPU_WORDS[machine.gpu];
    const vram = formatGigabytes(machine.vramBytes);
    const gpuPick = best(
      catalog.entries.filter((e) => e.vramBytes <= machine.vramBytes),
      (e) => e.vramBytes,
    );
    if (gpuPick && gpuPick.quality >= cpuPick.quality) {
      const strongest = gpuPick.quality === Math.max(...catalog.entries.map((e) => e.quality));
      return {
        entry: gpuPick,
        runsOn: 'gpu',
        reason: strongest
          ? `Your ${gpuWords} has ${vram} of video memory, enough for ${gpuPick.name}, the strongest model in the list, so listings take seconds.`
          : `Your ${gpuWords} has ${vram} of video memory: ${gpuPick.name} is the strongest model that fits in it (${formatGigabytes(gpuPick.vramBytes)}), so listings take seconds.`,
      };
    }
    return {
      entry: cpuPick,
      runsOn: 'cpu',
      reason: `Your ${gpuWords} has only ${vram} of video memory, too little for a stronger model, so ${cpuPick.name} runs mostly on the processor; expect a few seconds to a minute per listing.`,
    };
  }

  if (!cpuFits) {
    return {
      entry: cpuPick,
      runsOn: 'cpu',
      reason: `This computer has ${formatGigabytes(machine.ramBytes)} of memory, less than any model needs to run comfortably; ${cpuPick.name} is the smallest and may be slow, so close other programs or use a cloud model.`,
    };
  }
  return {
    entry: cpuPick,
    runsOn: 'cpu',
    reason: `No supported graphics card was found, so ${cpuPick.name} is suggested: a small vision model that runs well on the processor, where 7B models take well over a minute per listing.`,
  };
}
