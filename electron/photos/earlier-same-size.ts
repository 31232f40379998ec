import fs from 'node:fs';

/**
 * For each file, the index of the nearest earlier file with the same byte size, if any. Identical
 * photos have identical sizes, so waiting for that file before hashing makes the first copy in
 * drop order the one that is kept, whatever the timing of the concurrent imports.
 */
export function earlierSameSize(files: readonly string[], sizeOf: (file: string) => number | undefined = statSize): (number | undefined)[] {
  const lastBySize = new Map<number, number>();
  return files.map((file, index) => {
    const size = sizeOf(file);
    if (size === undefined) return undefined;
    const earlier = lastBySize.get(size);
    lastBySize.set(size, index);
    return earlier;
  });
}

function statSize(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined; // unreadable: its own import reports why
  }
}
