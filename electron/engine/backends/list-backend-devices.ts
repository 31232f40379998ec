import { execFile } from 'node:child_process';
import { buildServerEnv } from '../server-args';

/** One GPU device as `llama-server --list-devices` reports it. */
export interface BackendDevice {
  /** e.g. "Vulkan0", "CUDA0" */
  name: string;
  /** e.g. "llvmpipe (LLVM 15.0.6, 256 bits)", "NVIDIA GeForce RTX 4070" */
  description: string;
  totalMiB: number;
  freeMiB: number;
}

export type DeviceListing = { ok: true; devices: BackendDevice[] } | { ok: false; reason: string; crashed?: NodeJS.Signals };

/**
 * Reads `llama-server --list-devices` (llama.cpp 80fb11a prints "Available devices:", then
 * "  Vulkan0: llvmpipe (LLVM 15.0.6, 256 bits) (2048 MiB, 2048 MiB free)" per device, or "(none)").
 */
export function parseDeviceList(output: string): BackendDevice[] {
  const devices: BackendDevice[] = [];
  for (const line of output.split('\n')) {
    const m = /^\s+(\S+): (.*) \((\d+) MiB, (\d+) MiB free\)\s*$/.exec(line);
    if (m) devices.push({ name: m[1]!, description: m[2]!, totalMiB: Number(m[3]), freeMiB: Number(m[4]) });
  }
  return devices;
}

/** ggml's own words when a backend library cannot load ("failed to load …: libcudart.so.13: cannot open …"). */
export function loadFailure(output: string): string | undefined {
  const line = output.split('\n').find((l) => /failed to load|cannot open shared object|undefined symbol/.test(l));
  return line?.replace(/^.*?failed to load \S+: /, '').trim();
}

/**
 * The GPU devices one backend library sees, from a `--list-devices` run of the server with only
 * that library loaded: quick (no model), and a backend that crashes here never reaches a launch.
 */
export function listBackendDevices(binary: string, library: string | undefined, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<DeviceListing> {
  return new Promise((resolve) => {
    execFile(
      binary,
      ['--list-devices'],
      { env: buildServerEnv({ ...process.env, ...env }, '', library), timeout: timeoutMs, encoding: 'utf8', windowsHide: true },
      (err, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        if (err) {
          const how = err.killed ? `stopped after ${Math.round(timeoutMs / 1000)} s` : err.signal ? `crashed (${err.signal})` : `exit ${String(err.code)}`;
          const signal = !err.killed && err.signal ? (err.signal as NodeJS.Signals) : undefined;
          resolve({ ok: false, reason: `${how}${loadFailure(output) ? `: ${loadFailure(output)}` : ''}`, ...(signal ? { crashed: signal } : {}) });
          return;
        }
        const devices = parseDeviceList(stdout);
        const failure = loadFailure(output);
        if (devices.length === 0 && failure) resolve({ ok: false, reason: failure });
        else resolve({ ok: true, devices });
      },
    );
  });
}
