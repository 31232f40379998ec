/** The last part of a path, whichever separator the computer uses (the renderer has no node:path). */
function fileNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** "The earlier listings.csv was kept as listings (earlier 2026-12-01 12.17).csv." */
export function keptPreviousSentence(file: string, keptPrevious: string): string {
  return `The earlier ${fileNameOf(file)} was kept as ${fileNameOf(keptPrevious)}.`;
}
