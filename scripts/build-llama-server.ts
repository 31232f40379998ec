/**
 * Builds llama-server from node-llama-cpp's bundled llama.cpp into the per-machine cache.
 *   npm run engine:build [-- --force] [--backend cpu|cuda|vulkan|metal] [--portable] [--cuda-arch 90] [--dry-run]
 *   npm run engine:build -- --backend-dl   the loadable-backend build (GPU offload from node-llama-cpp's packages)
 *   npm run engine:build -- --auto         what npm install builds: the loadable-backend build where a GPU
 *                                          is found, else the static one (LISTING_STUDIO_ENGINE_BUILD=static|dl|both)
 * With --postinstall (implies --auto) it never fails `npm install`: it explains what is missing and exits 0.
 */
import { parseArgs } from 'node:util';
import type { BuildLinkage, GpuBackend } from '../tooling/llama-server-build/build-options';
import path from 'node:path';
import { buildLlamaServer, planLlamaServerBuild } from '../tooling/llama-server-build/build-llama-server';
import { locatePlatformPackages } from '../tooling/llama-server-build/llama-source';
import { decideEngineBuild } from '../tooling/llama-server-build/decide-engine-build';
import { readGpuFacts } from '../tooling/llama-server-build/read-gpu-facts';
import { stagePackageBackends } from '../electron/engine/backends/stage-package-backends';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    postinstall: { type: 'boolean', default: false },
    auto: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    portable: { type: 'boolean', default: false },
    'backend-dl': { type: 'boolean', default: false },
    backend: { type: 'string' },
    'cuda-arch': { type: 'string' },
    jobs: { type: 'string' },
  },
});

/** The builds to make: chosen for this machine on install (--auto), else the one the flags name. */
function chooseLinkages(): BuildLinkage[] {
  if (!values.postinstall && !values.auto) return [values['backend-dl'] ? 'backend-dl' : 'static'];
  const decision = decideEngineBuild(readGpuFacts());
  console.log(decision.reason);
  return decision.linkages;
}

async function main(): Promise<number> {
  if (values.postinstall && process.env.LISTING_STUDIO_SKIP_ENGINE_BUILD) {
    console.log('llama-server: build skipped (LISTING_STUDIO_SKIP_ENGINE_BUILD is set); it builds on first use.');
    return 0;
  }
  for (const linkage of chooseLinkages()) {
    const code = await buildOne(linkage);
    if (code !== 0) return code;
  }
  return 0;
}

async function buildOne(linkage: BuildLinkage): Promise<number> {
  const plan = planLlamaServerBuild({
    backend: values.backend as GpuBackend | undefined,
    native: !values.portable,
    linkage,
    cudaArchitectures: values['cuda-arch'],
  });
  if (values['dry-run']) {
    console.log(JSON.stringify(plan, null, 2));
    return 0;
  }
  if (plan.missing.length) {
    console.error(`llama-server cannot be built on this machine yet:\n- ${plan.missing.join('\n- ')}\nInstall them, then run: npm run engine:build`);
    return values.postinstall ? 0 : 1;
  }
  let lastPct = -1;
  const tty = process.stdout.isTTY;
  try {
    const binary = await buildLlamaServer(plan, {
      force: values.force,
      jobs: values.jobs ? Number(values.jobs) : undefined,
      log: (l) => console.log(l),
      onProgress: (f) => {
        const pct = Math.floor(f * 100);
        if (pct === lastPct) return;
        lastPct = pct;
        if (tty) process.stdout.write(`\rllama-server build ${String(pct).padStart(3)}%`);
        else if (pct % 10 === 0) console.log(`llama-server build ${pct}%`);
      },
    });
    if (tty) process.stdout.write('\n');
    if (plan.linkage === 'backend-dl') {
      // Also after an npm install that updated node-llama-cpp's packages, with the build cached.
      const staged = stagePackageBackends({ packagesDir: locatePlatformPackages(), installDir: path.dirname(binary) });
      const gpus = staged.filter((f) => f.to.includes(`${path.sep}backends${path.sep}`)).map((f) => path.basename(f.to));
      console.log(`backends from node-llama-cpp's packages: ${gpus.join(', ') || 'no GPU backend'}, ${staged.length - gpus.length} CPU variants`);
    }
    console.log(`llama-server ready: ${binary}`);
    return 0;
  } catch (err) {
    console.error(`llama-server build failed: ${(err as Error).message}\nRetry with: npm run engine:build -- --force`);
    return values.postinstall ? 0 : 1;
  }
}

main().then((code) => process.exit(code));
