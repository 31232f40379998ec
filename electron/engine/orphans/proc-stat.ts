/** The fields of /proc/<pid>/stat that tell whether a pid is still the process we launched. */
export interface ProcStat {
  pid: number;
  /** The executable's name as the kernel keeps it (at most 15 characters, may contain spaces and parentheses). */
  comm: string;
  /** R, S, D, Z (zombie), X (dead), … */
  state: string;
  ppid: number;
  /** Field 22: when the process started, in clock ticks since boot. Never changes, so a recycled pid shows a new value. */
  startTicks: string;
}

/**
 * Parses one /proc/<pid>/stat line (proc(5)). comm sits in parentheses and may itself contain
 * spaces and ')', so the fields after it are counted from the last ')'.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // After ')': field 3 (state) onwards, so field N is at index N - 3.
  const rest = text.slice(close + 1).trim().split(/\s+/);
  const state = rest[0];
  const ppid = Number(rest[1]);
  const startTicks = rest[22 - 3];
  if (!Number.isInteger(pid) || !state || !Number.isInteger(ppid) || !startTicks || !/^\d+$/.test(startTicks)) return undefined;
  return { pid, comm: text.slice(open + 1, close), state, ppid, startTicks };
}

/** A zombie (Z) or dead (X) process holds no memory: for us it is gone. */
export function isDeadState(state: string): boolean {
  return state === 'Z' || state === 'X';
}
