import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ENGINE_BUILD_ENV, type GpuFacts } from './decide-engine-build';

/**
 * A tool's stdout (what it printed, even when it then failed), or undefined when it is not
 * installed. A time limit, so a wedged driver cannot stall npm install.
 */
function readTool(cmd: string, args: string[]): string | undefined {
  const run = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined;
  return run.stdout ?? '';
}

/** Looks at this machine's GPUs for decideEngineBuild: the NVIDIA driver, and Vulkan's device list. */
export function readGpuFacts(env: NodeJS.ProcessEnv = process.env): GpuFacts {
  return {
    platform: process.platform,
    nvidiaDeviceNode: process.platform === 'linux' && fs.existsSync('/dev/nvidia0'),
    nvidiaSmiList: readTool('nvidia-smi', ['-L']),
    vulkanSummary: process.platform === 'darwin' ? undefined : readTool('vulkaninfo', ['--summary']),
    override: env[ENGINE_BUILD_ENV],
  };
}
