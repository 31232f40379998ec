import path from 'node:path';
import type { LocatedServer } from '../binary/locate-llama-server';
import { discoverBackends, type BackendCandidate } from './discover-backends';
import { listBackendDevices, type DeviceListing } from './list-backend-devices';

/** One GPU backend beside llama-server and what its `--list-devices` run showed. */
export interface InspectedBackend extends BackendCandidate {
  listing: DeviceListing;
}

/** What `doctor` (the npm script and the CLI command) reports about the engine's backends. */
export interface BackendsReport {
  binary: string;
  linkage: 'static' | 'backend-dl';
  backends: InspectedBackend[];
  /** The static build the engine runs instead when no GPU backend works. */
  cpuFallback?: string;
  /** Whether software Vulkan devices (lavapipe) are let through (GGML_VK_VISIBLE_DEVICES). */
  softwareVulkanShown: boolean;
}

/**
 * Asks every GPU backend beside the located llama-server which devices it sees, the same
 * `--list-devices` run the engine makes on each start (see start-with-best-backend.ts).
 */
export async function inspectBackends(located: LocatedServer, env: NodeJS.ProcessEnv = process.env): Promise<BackendsReport> {
  const serverEnv: Record<string, string> = env.GGML_VK_VISIBLE_DEVICES ? { GGML_VK_VISIBLE_DEVICES: env.GGML_VK_VISIBLE_DEVICES } : {};
  const candidates = discoverBackends(path.dirname(located.binary));
  const backends: InspectedBackend[] = [];
  for (const candidate of candidates) backends.push({ ...candidate, listing: await listBackendDevices(located.binary, candidate.library, serverEnv) });
  return {
    binary: located.binary,
    linkage: located.info?.linkage ?? (candidates.length > 0 ? 'backend-dl' : 'static'),
    backends,
    ...(located.cpuFallback ? { cpuFallback: located.cpuFallback } : {}),
    softwareVulkanShown: Boolean(env.GGML_VK_VISIBLE_DEVICES),
  };
}
