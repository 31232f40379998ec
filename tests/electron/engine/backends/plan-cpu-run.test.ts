import { describe, expect, it } from 'vitest';
import { planCpuRun } from '../../../../electron/engine/backends/plan-cpu-run';

const dl = '/cache/dl/bin/llama-server';
const staticBuild = '/cache/static/llama-server';

describe('planCpuRun', () => {
  it('runs the static build, and says so, when it is cached and no GPU backend works', () => {
    expect(planCpuRun(['No CUDA device found', 'No Vulkan device found'], dl, staticBuild)).toEqual({
      binary: staticBuild,
      note: 'No CUDA or Vulkan device found: using the CPU build',
    });
    expect(planCpuRun(['Vulkan device found but out of memory'], dl, staticBuild)).toEqual({
      binary: staticBuild,
      note: 'Vulkan device found but out of memory: using the CPU build',
    });
  });

  it('says no GPU backend is installed when none was there to try', () => {
    expect(planCpuRun([], dl, staticBuild)).toEqual({ binary: staticBuild, note: 'No GPU backend is installed: using the CPU build' });
  });

  it('stays on the loadable-backend build without a static one (a packaged app ships one build)', () => {
    expect(planCpuRun(['No Vulkan device found'], dl)).toEqual({ binary: dl, note: 'No Vulkan device found: using CPU' });
    expect(planCpuRun([], dl)).toEqual({ binary: dl, note: undefined });
  });
});
