/** What `ps -o stat=,lstart=,comm= -p PID` (macOS/BSD) says about one process. */
export interface PsFacts {
  state: string;
  /** lstart, e.g. "Tue Nov 25 10:02:03 2026": to the second, in local time. */
  startTime: string;
  /** The executable's full path on macOS. */
  command: string;
}

/**
 * Parses one line of `ps -o stat=,lstart=,comm=`. lstart is always five words (weekday, month,
 * day, time, year); everything after it is the command, which may contain spaces.
 */
export function parsePsLine(line: string): PsFacts | undefined {
  const match = /^\s*(\S+)\s+(\S+\s+\S+\s+\d+\s+\d{1,2}:\d{2}:\d{2}\s+\d{4})\s+(.+?)\s*$/.exec(line);
  if (!match) return undefined;
  return { state: match[1]!, startTime: match[2]!.replace(/\s+/g, ' '), command: match[3]! };
}

/** What Windows' Win32_Process says about one process (PowerShell's ConvertTo-Json of Get-CimInstance). */
export interface WindowsProcessFacts {
  executable?: string;
  /** CreationDate as CIM prints it, e.g. "20261125100203.123456+060": unique per process start. */
  startTime?: string;
}

/**
 * Parses `Get-CimInstance Win32_Process -Filter "ProcessId=N" | Select ExecutablePath,
 * @{n='Created';e={[string]$_.CreationDate.ToFileTimeUtc()}} | ConvertTo-Json`. Empty output = no such process.
 */
export function parseWindowsProcessJson(text: string): WindowsProcessFacts | undefined {
  if (!text.trim()) return undefined;
  const value = JSON.parse(text) as { ExecutablePath?: unknown; Created?: unknown };
  return {
    executable: typeof value.ExecutablePath === 'string' && value.ExecutablePath ? value.ExecutablePath : undefined,
    startTime: typeof value.Created === 'number' || typeof value.Created === 'string' ? String(value.Created) : undefined,
  };
}
