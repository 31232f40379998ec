/**
 * Fills resources/bin/ with the llama-server to ship, its build-info.json and, for the
 * loadable-backend build, its libraries, CPU variants and this platform's GPU backends, where
 * electron-builder's extraResources picks them up. Runs before packaging (npm run dist).
 *   npm run stage:llama-server [-- --resources <dir>] [--allow-native] [--gpu vulkan,cuda]
 * The binary comes from locateLlamaServer(): LISTING_STUDIO_LLAMA_SERVER, else the cached
 * backend-DL build, else the static one. --gpu overrides the packaging matrix (README).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GPU_BACKENDS, type GpuBackendName } from '../electron/engine/backends/backend-files';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { locatePlatformPackages } from '../tooling/llama-server-build/llama-source';
import { packagedGpuBackends, stageForPackaging } from '../tooling/llama-server-build/stage-for-packaging';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: 'resources' },
    'allow-native': { type: 'boolean', default: false },
    gpu: { type: 'string' },
  },
});

function main(): number {
  // No resourcesDir: the copy already in resources/bin must never be its own source.
  const located = locateLlamaServer();
  if (!located) {
    console.error('No llama-server build found. Build one first: npm run engine:build -- --backend-dl (or set LISTING_STUDIO_LLAMA_SERVER).');
    return 1;
  }
  const native = located.info?.options.includes('-DGGML_NATIVE=ON') ?? false;
  if (native && !values['allow-native']) {
    console.error(
      `${located.binary} was built for this CPU only (-DGGML_NATIVE=ON) and may crash on others. Build a portable one: npm run engine:build -- --backend-dl (or pass --allow-native for a local test package).`,
    );
    return 1;
  }
  const gpus = values.gpu ? (values.gpu.split(',') as GpuBackendName[]) : packagedGpuBackends(process.platform);
  const unknown = gpus.filter((g) => !GPU_BACKENDS.includes(g));
  if (unknown.length > 0) {
    console.error(`--gpu ${unknown.join(',')}: not a GPU backend; use ${GPU_BACKENDS.join(', ')}`);
    return 1;
  }
  const binDir = path.resolve(values.resources, 'bin');
  const staged = stageForPackaging({ binary: located.binary, binDir, packagesDir: locatePlatformPackages(), gpus });
  if (staged.linkage === 'static') {
    console.warn(`${located.binary} is the static build: this package will run on the CPU only. For GPU offload: npm run engine:build -- --backend-dl`);
  }
  const backends = staged.files.filter((f) => f.startsWith(`backends${path.sep}`));
  console.log(
    `Staged ${located.binary} (${located.source}, ${staged.linkage}${located.info ? `, commit ${located.info.commit.slice(0, 12)}` : ''}) → ${binDir}: ` +
      `${staged.files.length} files${backends.length ? `, GPU backends ${backends.join(', ')}` : ''}`,
  );
  return 0;
}

process.exit(main());
