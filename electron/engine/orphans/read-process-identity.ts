import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { isDeadState, parseProcStat } from './proc-stat';
import { parsePsLine, parseWindowsProcessJson } from './ps-output';

const run = promisify(execFile);

/**
 * Who a pid is right now. executable and startTime are left out when the OS will not say
 * (another user's process, a missing tool): callers must then treat the process as not ours.
 * startTime is an opaque token that only compares equal for the very same process start:
 * Linux: /proc/<pid>/stat field 22 (clock ticks since boot); macOS: `ps -o lstart` (to the second);
 * Windows: Win32_Process CreationDate as a FILETIME.
 */
export type ProcessIdentity = { running: false } | { running: true; executable?: string; startTime?: string };

export async function readProcessIdentity(pid: number, platform: NodeJS.Platform = process.platform): Promise<ProcessIdentity> {
  if (!Number.isInteger(pid) || pid <= 0) return { running: false };
  if (platform === 'linux') return readLinuxIdentity(pid);
  if (platform === 'win32') return readWindowsIdentity(pid);
  return readPsIdentity(pid);
}

/** The kernel's id for this boot, so records from before a reboot are never matched (Linux only). */
export async function readBootId(platform: NodeJS.Platform = process.platform): Promise<string | undefined> {
  if (platform !== 'linux') return undefined;
  try {
    return (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim() || undefined;
  } catch {
    return undefined; // Kernels without it: the start time and executable still guard.
  }
}

async function readLinuxIdentity(pid: number): Promise<ProcessIdentity> {
  let text: string;
  try {
    text = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return { running: false };
  }
  const stat = parseProcStat(text);
  if (stat && isDeadState(stat.state)) return { running: false };
  let executable: string | undefined;
  try {
    // The kernel resolves symlinks here; a binary replaced on disk since launch reads "<path> (deleted)".
    executable = (await fs.readlink(`/proc/${pid}/exe`)).replace(/ \(deleted\)$/, '');
  } catch {
    executable = undefined; // Not ours to inspect (another user), or it exited just now.
  }
  return { running: true, executable, startTime: stat?.startTicks };
}

async function readPsIdentity(pid: number): Promise<ProcessIdentity> {
  let stdout: string;
  try {
    ({ stdout } = await run('ps', ['-o', 'stat=,lstart=,comm=', '-p', String(pid)], { env: { ...process.env, LC_ALL: 'C' } }));
  } catch (err) {
    // ps exits 1 when no process has that pid.
    if ((err as { code?: unknown }).code === 1) return { running: false };
    throw err;
  }
  const facts = parsePsLine(stdout.split('\n')[0] ?? '');
  if (!facts) return { running: false };
  if (facts.state.startsWith('Z')) return { running: false };
  return { running: true, executable: await resolveReal(facts.command), startTime: facts.startTime };
}

async function readWindowsIdentity(pid: number): Promise<ProcessIdentity> {
  // The FILETIME goes out as a string: at 18 digits it is beyond a JSON number's exact range.
  const script =
    `Get-CimInstance Win32_Process -Filter "ProcessId=${pid}" | ` +
    `Select-Object ExecutablePath,@{n='Created';e={[string]$_.CreationDate.ToFileTimeUtc()}} | ConvertTo-Json -Compress`;
  const { stdout } = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { windowsHide: true });
  const facts = parseWindowsProcessJson(stdout);
  if (!facts) return { running: false };
  return { running: true, executable: facts.executable && (await resolveReal(facts.executable)), startTime: facts.startTime };
}

async function resolveReal(file: string): Promise<string | undefined> {
  if (!file.includes('/') && !file.includes('\\')) return undefined; // a bare name proves nothing about which binary
  try {
    return await fs.realpath(file);
  } catch {
    return file;
  }
}
