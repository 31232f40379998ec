/**
 * What the local engine looks like on this machine, and one image through it.
 *   npm run doctor [-- --library DIR] [--model ID]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { locateLlamaServer } from '../electron/engine/binary/locate-llama-server';
import { writeTinyVlm } from '../tooling/tiny-vlm/write-tiny-vlm';
import { readGpuInfo } from '../electron/models/gpu-info';
import { readInstalledModels } from '../electron/models/installed-models';
import { runEngineProbe } from '../electron/engine/run-probe';
import { backendLabel } from '../electron/engine/backends/discover-backends';
import { inspectBackends } from '../electron/engine/backends/inspect-backends';
import { describeBackendsReport } from '../electron/engine/backends/describe-backends-report';
import { LIBRARY_ENV } from '../electron/library/resolve-library-dir';

const { values } = parseArgs({ options: { library: { type: 'string' }, model: { type: 'string' } } });
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

async function main(): Promise<number> {
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${gib(os.totalmem())} RAM, ${process.platform}-${process.arch}, Node ${process.version}`);

  const server = locateLlamaServer();
  if (!server) {
    console.log('llama-server: NOT FOUND. Build it with `npm run engine:build`, or set LISTING_STUDIO_LLAMA_SERVER.');
    return 1;
  }
  // llama-server prints its version on stderr.
  const run = spawnSync(server.binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const version = run.error ? `(--version failed: ${run.error.message})` : `${run.stdout}${run.stderr}`.trim();
  console.log(`llama-server: ${server.binary} (${server.source})`);
  console.log(`  ${version.split('\n').filter(Boolean).join('; ') || '(no version output)'}`);
  if (server.info) {
    console.log(`  build: commit ${server.info.commit.slice(0, 12)}, backend ${server.info.backend}, built ${server.info.builtAt} in ${server.info.seconds} s`);
    console.log(`  options: ${server.info.options.join(' ')}`);
  }

  // Every backend beside the server, what it sees and what the engine will use (shared with the
  // CLI's doctor); the probe below shows what it did use.
  for (const line of describeBackendsReport(await inspectBackends(server))) console.log(`  ${line.label}: ${line.detail}`);

  const gpu = await readGpuInfo();
  console.log(
    gpu.gpu
      ? `GPU (node-llama-cpp): ${gpu.gpu} ${gpu.deviceNames.join(', ')}, VRAM ${gib(gpu.vramFreeBytes)} free of ${gib(gpu.vramTotalBytes)}`
      : `GPU (node-llama-cpp): none${gpu.unavailableReason ? ` (${gpu.unavailableReason})` : ''}`,
  );

  const libraryDir = values.library || process.env[LIBRARY_ENV] || undefined;
  const installed = libraryDir ? readInstalledModels(libraryDir) : [];
  if (!libraryDir) console.log(`models: no library given (--library DIR or ${LIBRARY_ENV}); using the tiny test model`);
  else if (installed.length === 0) console.log(`models: none installed in ${libraryDir}; using the tiny test model`);
  for (const m of installed) console.log(`model: ${m.id} — ${m.name} (${m.architecture}, ${gib(m.modelBytes + m.mmprojBytes)})`);

  const chosen = values.model ? installed.find((m) => m.id === values.model) : installed[0];
  if (values.model && !chosen) {
    console.log(`model ${values.model} is not installed; installed: ${installed.map((m) => m.id).join(', ') || 'none'}`);
    return 1;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'listing-studio-doctor-'));
  try {
    const files = chosen ? { model: chosen.modelPath, mmproj: chosen.mmprojPath } : writeTinyVlm(work);
    // Without a library the log goes beside the temp files, which outlive this run for reading.
    const logFile = path.join(libraryDir ?? path.join(os.tmpdir(), 'listing-studio-doctor'), 'logs', 'llama-server.log');
    console.log(`probe: ${path.basename(files.model)} + ${path.basename(files.mmproj)} (log: ${logFile})`);
    const result = await runEngineProbe({ binary: server.binary, cpuBuild: server.cpuFallback, ...files, logFile, alias: 'probe', contextSize: 8192, parallel: 1 });
    const s = result.status;
    if (s.compute) console.log(`  engine uses: ${backendLabel(s.compute.backend)}${s.compute.note ? ` (${s.compute.note})` : ''}`);
    console.log(`  ready in ${result.readyMs.toFixed(0)} ms: ${s.slots ?? '?'} slot(s) × ${s.contextSize ?? '?'} tokens, ${s.totalLayers ? `GPU layers ${s.gpuLayers ?? 0}/${s.totalLayers}` : 'CPU only'}${s.devices.length ? ` on ${s.devices.join(', ')}` : ''}${s.vramBytes ? `, ${gib(s.vramBytes)} VRAM` : ''}`);
    console.log(`  one image → ${result.requestMs.toFixed(0)} ms, ${result.completionTokens ?? '?'} tokens, finish ${result.finishReason}, ${result.listing ? 'valid listing JSON' : 'NOT valid listing JSON'}`);
    console.log(`  title: ${JSON.stringify(result.listing?.title ?? result.content.slice(0, 80))}`);
    return result.listing ? 0 : 1;
  } catch (err) {
    console.log(`probe failed: ${(err as Error).message}`);
    return 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
