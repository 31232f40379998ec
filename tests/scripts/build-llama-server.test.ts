import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cmakeConfigureOptions } from '../../tooling/llama-server-build/build-options';
import { decideEngineBuild } from '../../tooling/llama-server-build/decide-engine-build';
import { readGpuFacts } from '../../tooling/llama-server-build/read-gpu-facts';

/** The build script's --auto plan (what npm install builds), as a dry run: nothing is built. */
function dryRun(env: Record<string, string>): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-llama-server.ts', '--auto', '--dry-run'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LISTING_STUDIO_ENGINE_BACKEND: 'cpu', ...env },
  });
  return { status: run.status, stdout: run.stdout };
}

/** The plans printed after the reason line, one JSON object each. */
function plans(stdout: string): { linkage: string; configure: string[] }[] {
  return stdout
    .split(/\n(?=\{)/)
    .slice(1)
    .map((chunk) => JSON.parse(chunk) as { linkage: string; configure: string[] });
}

describe('scripts/build-llama-server.ts --auto', () => {
  it('says in one line why, then plans the builds LISTING_STUDIO_ENGINE_BUILD names, with the usual options', () => {
    const run = dryRun({ LISTING_STUDIO_ENGINE_BUILD: 'both' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('LISTING_STUDIO_ENGINE_BUILD=both: building llama-server with loadable GPU backends, then the CPU one tuned for this processor');
    // Same options as `engine:build -- --backend-dl` and `engine:build`, so the cached builds are reused.
    expect(plans(run.stdout)).toEqual([
      expect.objectContaining({ linkage: 'backend-dl', configure: cmakeConfigureOptions({ backend: 'cpu', linkage: 'backend-dl', native: true }) }),
      expect.objectContaining({ linkage: 'static', configure: cmakeConfigureOptions({ backend: 'cpu', native: true }) }),
    ]);
  }, 90_000);

  it("plans the build this machine's GPUs call for, and says why", () => {
    const run = dryRun({ LISTING_STUDIO_ENGINE_BUILD: '' });
    expect(run.status).toBe(0);
    // On this machine (lavapipe only) that is the static build; elsewhere what its GPUs call for.
    const decision = decideEngineBuild(readGpuFacts({}));
    expect(run.stdout.split('\n')[0]).toBe(decision.reason);
    expect(plans(run.stdout).map((p) => p.linkage)).toEqual(decision.linkages);
  }, 90_000);
});
