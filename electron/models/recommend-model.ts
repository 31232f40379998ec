import type { Catalog, CatalogEntry } from './model-catalog';
import { estimateModelMemory, type MemoryEstimate } from './estimate-model-memory';
import type { ModelShape } from '../../shared/domain/local-model';

export type GpuKind = 'cuda' | 'vulkan' | 'metal' | false;

export interface MachineProfile {
  /** Total system memory. */
  ramBytes: number;
  /** Free video memory of the best GPU now (what a model can really use), 0 without one. */
  vramFreeBytes: number;
  gpu: GpuKind;
  /** An integrated GPU (or Apple's unified memory) shares system memory, so RAM is its budget. */
  integratedGpu: boolean;
}

export interface Recommendation {
  entry: CatalogEntry;
  /** Where most of the work happens; llama-server's --fit decides the exact split. */
  runsOn: 'gpu' | 'cpu';
  /** One plain sentence for the shop owner. */
  reason: string;
  memory: MemoryEstimate;
}

export interface RecommendOptions {
  /** Shapes read from GGUF headers of files already on disk, by entry id; they replace the catalog's. */
  shapes?: ReadonlyMap<string, ModelShape>;
  /** Offer models whose licence forbids commercial use (the owner chose to see them). */
  includeNonCommercial?: boolean;
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

export function entryMemory(entry: CatalogEntry, shapes?: ReadonlyMap<string, ModelShape>): MemoryEstimate {
  return estimateModelMemory({ modelBytes: entry.model.sizeBytes, mmprojBytes: entry.mmproj.sizeBytes, shape: shapes?.get(entry.id) ?? entry.shape });
}

interface Sized {
  entry: CatalogEntry;
  memory: MemoryEstimate;
}

function best(candidates: Sized[], budget: number): Sized | undefined {
  return candidates.filter((c) => c.memory.bytes <= budget).sort((a, b) => b.entry.quality - a.entry.quality || a.memory.bytes - b.memory.bytes)[0];
}

/**
 * Picks the model to offer first, by the memory the engine will really use (weights, projector,
 * the KV cache of the context and slots it launches with) against what is free: free video memory
 * on a discrete GPU, a share of system memory on a CPU or an integrated GPU. Only models a shop may
 * sell with are offered unless the owner asked to see the others.
 */
export function recommendModel(catalog: Catalog, machine: MachineProfile, opts: RecommendOptions = {}): Recommendation {
  const offered = catalog.entries.filter((e) => opts.includeNonCommercial || e.licence.commercialUse !== 'no');
  const sized: Sized[] = (offered.length > 0 ? offered : catalog.entries).map((entry) => ({ entry, memory: entryMemory(entry, opts.shapes) }));
  const ramBudget = machine.ramBytes * RAM_SHARE_FOR_MODEL;
  const cpuFriendly = sized.filter((s) => s.entry.cpuFriendly);
  const smallest = [...sized].sort((a, b) => a.memory.bytes - b.memory.bytes)[0];

  if (machine.gpu && !machine.integratedGpu && machine.vramFreeBytes > 0) {
    const words = GPU_WORDS[machine.gpu];
    const free = formatGigabytes(machine.vramFreeBytes);
    const gpuPick = best(sized, machine.vramFreeBytes);
    if (gpuPick) {
      return {
        ...gpuPick,
        runsOn: 'gpu',
        reason: `Your ${words} has ${free} of video memory free; ${gpuPick.entry.name} needs about ${formatGigabytes(gpuPick.memory.bytes)} and is the strongest model that fits, so listings take seconds.`,
      };
    }
    const cpuPick = best(cpuFriendly, ramBudget) ?? smallest;
    return {
      ...cpuPick,
      runsOn: 'cpu',
      reason: `Your ${words} has only ${free} of video memory free, too little for any model here, so ${cpuPick.entry.name} runs mostly on the processor; expect a minute or more per listing.`,
    };
  }

  const shared = machine.gpu && machine.integratedGpu;
  const pick = best(cpuFriendly, ramBudget);
  if (!pick) {
    return {
      ...smallest,
      runsOn: 'cpu',
      reason: `This computer has ${formatGigabytes(machine.ramBytes)} of memory, less than any model needs (${smallest.entry.name} needs about ${formatGigabytes(smallest.memory.bytes)}); it may be slow, so close other programs or use a cloud model.`,
    };
  }
  return {
    ...pick,
    runsOn: shared ? 'gpu' : 'cpu',
    reason: shared
      ? `Your ${GPU_WORDS[machine.gpu as Exclude<GpuKind, false>]} shares the computer's ${formatGigabytes(machine.ramBytes)} of memory; ${pick.entry.name} needs about ${formatGigabytes(pick.memory.bytes)} of it and is the strongest small model that fits.`
      : `No graphics card was found; with ${formatGigabytes(machine.ramBytes)} of memory, ${pick.entry.name} (about ${formatGigabytes(pick.memory.bytes)}) is the strongest model that runs well on the processor.`,
  };
}
