/** Reads a ninja or make progress line ("[12/330] Building CXX …", "[ 42%] Building …"). */
export function parseBuildProgress(line: string): { fraction: number; step?: string } | undefined {
  const ninja = /^\[(\d+)\/(\d+)\]\s*(.*)$/.exec(line.trim());
  if (ninja) {
    const total = Number(ninja[2]);
    if (total === 0) return undefined;
    return { fraction: Number(ninja[1]) / total, step: ninja[3] || undefined };
  }
  const make = /^\[\s*(\d+)%\]\s*(.*)$/.exec(line.trim());
  if (make) return { fraction: Number(make[1]) / 100, step: make[2] || undefined };
  return undefined;
}
