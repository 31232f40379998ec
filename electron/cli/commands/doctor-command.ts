import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import sharp from 'sharp';
import { locateLlamaServer } from '../../engine/binary/locate-llama-server';
import { inspectBackends } from '../../engine/backends/inspect-backends';
import { describeBackendsReport } from '../../engine/backends/describe-backends-report';
import type { CliContext } from '../cli-context';
import { evaluateDoctor, type DoctorFacts } from './doctor-checks';

/** Checks what the CLI and app need on this machine, with a next step for each problem. */
export async function runDoctorCommand(ctx: CliContext): Promise<number> {
  const info = await ctx.call('app.info', {});
  const located = locateLlamaServer();
  const server = located ? { binary: located.binary, ...serverVersion(located.binary) } : undefined;
  // Every GPU backend, the devices it sees and the one the engine will use, as `npm run doctor` shows.
  const backends = located && !server?.error ? await inspectBackends(located) : undefined;
  const facts: DoctorFacts = {
    nodeVersion: process.version,
    libraryDir: info.libraryDir,
    libraryWritable: isWritable(info.libraryDir),
    schemaVersion: info.schemaVersion,
    llamaServer: server,
    backends: backends && describeBackendsReport(backends),
    installedModels: ctx.core.models.installed().map((m) => ({ name: m.name, present: m.present })),
    cloudKey: ctx.core.cloudKeys.source(),
    imageDecoding: await tryImageDecoding(),
    freeBytes: freeBytes(info.libraryDir),
  };
  const checks = evaluateDoctor(facts);
  const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;
  ctx.out.result({ checks, ...(backends ? { backends } : {}) }, checks.map((c) => `${mark[c.level]}  ${c.name}: ${c.detail}`));
  return checks.some((c) => c.level === 'fail') ? 1 : 0;
}

function serverVersion(binary: string): { version?: string; error?: string } {
  try {
    const text = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    return { version: text.split('\n').find((l) => l.startsWith('version'))?.trim() };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const stderr = e.stderr?.split('\n').find((l) => l.startsWith('version'));
    return stderr ? { version: stderr.trim() } : { error: e.message.split('\n')[0] };
  }
}

async function tryImageDecoding(): Promise<string | undefined> {
  try {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366cc' } }).png().toBuffer();
    await sharp(png).jpeg().toBuffer();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

function isWritable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function freeBytes(dir: string): number | undefined {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}
