import type { EngineError } from '../../../shared/domain/engine';
import { backendLabel, type BackendCandidate } from './discover-backends';
import type { DeviceListing } from './list-backend-devices';

/** What trying one GPU backend showed: its device listing, then a start and a one-token probe. */
export type BackendOutcome =
  | { kind: 'unloadable'; reason: string }
  | { kind: 'crashed_at_load'; signal: string }
  | { kind: 'no_device' }
  | { kind: 'failed_to_start'; error?: EngineError }
  | { kind: 'no_layers'; devices: string[] }
  | { kind: 'probe_failed'; reason: string }
  | { kind: 'ok' };

/** What a backend's `--list-devices` run says about it: `ok` when it loaded and sees a device. */
export function outcomeOfListing(listing: DeviceListing): BackendOutcome {
  if (!listing.ok) return listing.crashed ? { kind: 'crashed_at_load', signal: listing.crashed } : { kind: 'unloadable', reason: listing.reason };
  return listing.devices.length === 0 ? { kind: 'no_device' } : { kind: 'ok' };
}

/** Why one GPU backend was given up, in a few words; undefined when it was not. */
export function describeBackendOutcome(candidate: BackendCandidate, outcome: BackendOutcome): string | undefined {
  // A developer's own build is told apart from the package's backend of the same name.
  const label = `${backendLabel(candidate.name)}${candidate.origin === 'source' ? ' (built here)' : ''}`;
  switch (outcome.kind) {
    case 'ok':
      return undefined;
    case 'unloadable':
      return `${label} backend could not load (${outcome.reason})`;
    case 'crashed_at_load':
      return `${label} backend crashed while loading (${outcome.signal})`;
    case 'no_device':
      return `No ${label} device found`;
    case 'no_layers':
      return `${label} device found but out of memory`;
    case 'probe_failed':
      return `${label} device failed a test computation (${outcome.reason})`;
    case 'failed_to_start': {
      const error = outcome.error;
      if (error?.code === 'out_of_memory') return `${label} device found but out of memory`;
      if (error?.code === 'crashed') return `${label} backend crashed while loading the model`;
      return `${label} backend did not start (${error?.message ?? 'no reason given'})`;
    }
  }
}

/**
 * The one note the engine status shows: every backend given up, then what runs instead, e.g.
 * "No CUDA or Vulkan device found: using CPU", "CUDA device found but out of memory: using Vulkan".
 */
export function summariseBackendChoice(reasons: readonly string[], using: string): string | undefined {
  if (reasons.length === 0) return undefined;
  const noDevice = reasons.map((r) => /^No (\S+) device found$/.exec(r)?.[1]).filter((n): n is string => Boolean(n));
  const rest = reasons.filter((r) => !/^No \S+ device found$/.test(r));
  const parts = [...(noDevice.length > 0 ? [`No ${noDevice.join(' or ')} device found`] : []), ...rest];
  return `${parts.join('; ')}: using ${using}`;
}
