import { backendLabel } from './discover-backends';
import { describeBackendOutcome, outcomeOfListing } from './describe-backend-outcome';
import type { BackendsReport, InspectedBackend } from './inspect-backends';
import { planCpuRun } from './plan-cpu-run';

/** One line of the report: "Vulkan backend" → "Vulkan0 llvmpipe (…), 2048 of 2048 MiB free". */
export interface ReportLine {
  label: string;
  detail: string;
  /** A backend that crashed while loading: worth a look, the engine passes over it. */
  warn?: boolean;
}

function seen(backend: InspectedBackend): string {
  const { listing } = backend;
  if (!listing.ok) return `could not load (${listing.reason})`;
  if (listing.devices.length === 0) return 'no device';
  return listing.devices.map((d) => `${d.name} ${d.description}, ${d.freeMiB} of ${d.totalMiB} MiB free`).join('; ');
}

/**
 * Which backend the engine will use, as far as can be told without loading a model: the first
 * GPU backend (in the engine's order) that sees a device, else the CPU, on the static build when
 * it is cached. The engine still checks that layers fit and a test token computes on each start.
 */
export function expectedEngineChoice(report: BackendsReport): string {
  if (report.linkage === 'static') return 'the CPU (or the GPU this build was compiled for)';
  const reasons: string[] = [];
  for (const backend of report.backends) {
    const outcome = outcomeOfListing(backend.listing);
    if (outcome.kind === 'ok' && backend.listing.ok) {
      const devices = backend.listing.devices.map((d) => d.name).join(', ');
      return `${backendLabel(backend.name)} on ${devices} (if the model fits in its memory)`;
    }
    reasons.push(describeBackendOutcome(backend, outcome)!);
  }
  // The engine status's own note ("No Vulkan device found: using the CPU build"), and which file that is.
  const run = planCpuRun(reasons, report.binary, report.cpuFallback);
  const note = run.note ?? 'the CPU';
  return report.cpuFallback ? `${note} (${run.binary})` : note;
}

/** The report as lines, shared by `npm run doctor` and `listing-studio doctor` (pure). */
export function describeBackendsReport(report: BackendsReport): ReportLine[] {
  const lines: ReportLine[] = [];
  if (report.linkage === 'static') {
    lines.push({ label: 'Backends', detail: 'CPU only: this llama-server is the static build, with no loadable GPU backends' });
  } else {
    lines.push({ label: 'Backends', detail: `${report.backends.length} GPU backend(s) beside llama-server, and the CPU` });
    for (const backend of report.backends) {
      const from = backend.origin === 'package' ? "node-llama-cpp's package" : 'built here';
      lines.push({
        label: `${backendLabel(backend.name)} backend`,
        detail: `${seen(backend)} [${from}: ${backend.library}]`,
        ...(!backend.listing.ok && backend.listing.crashed ? { warn: true } : {}),
      });
    }
    if (report.cpuFallback) lines.push({ label: 'CPU build', detail: `${report.cpuFallback} (faster on this processor than the CPU code beside the GPU backends)` });
    if (report.backends.some((b) => b.name === 'vulkan') && !report.softwareVulkanShown) {
      lines.push({ label: 'Note', detail: 'software Vulkan devices such as lavapipe are hidden unless GGML_VK_VISIBLE_DEVICES is set' });
    }
  }
  lines.push({ label: 'Engine will use', detail: expectedEngineChoice(report) });
  return lines;
}
