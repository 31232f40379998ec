/**
 * Paths of dropped files and folders, through the desktop bridge. Entries without a path (text
 * dragged from another app, files in the browser build) are counted so the page can say so.
 */
export function collectDroppedPaths(files: readonly File[], pathForFile: (file: File) => string): { paths: string[]; withoutPath: number } {
  const paths: string[] = [];
  let withoutPath = 0;
  for (const file of files) {
    const p = pathForFile(file);
    if (p) paths.push(p);
    else withoutPath++;
  }
  return { paths: [...new Set(paths)], withoutPath };
}

/** One path per line from the "import a folder" field, blanks dropped. */
export function parsePathList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
