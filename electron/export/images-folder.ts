import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/** The file every images folder the export writes carries, so a later export knows the folder is its own. */
export const EXPORT_MARKER = '.listing-studio-export';

const MARKER_TEXT =
  'Listing Studio wrote this folder with an export. The next export to the same file replaces it, so keep your own files somewhere else.\n';

/** report.csv → report-images, next to the file: the folder the user uploads. */
export function imagesFolderFor(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-images`);
}

/** missing: free to create; ours: an earlier export (it has the marker); foreign: anything else, never touched. */
export type ImagesFolderState = 'missing' | 'ours' | 'foreign';

/** How many numbered names are tried before giving up (product-images-2 … -100). */
const MAX_SUFFIX = 100;

/**
 * The images folder to write: the wanted one when it is missing or an earlier export of ours,
 * otherwise the first free or ours of wanted-2, wanted-3, … A folder of the user's own files
 * (their photos, an invoice) is never replaced.
 */
export function chooseImagesFolder(wanted: string, stateOf: (dir: string) => ImagesFolderState): string {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const dir = n === 1 ? wanted : `${wanted}-${n}`;
    if (stateOf(dir) !== 'foreign') return dir;
  }
  throw new AppError('conflict', `${wanted} and ${wanted}-2 to -${MAX_SUFFIX} all hold files Listing Studio did not write. Export to another folder or file name.`);
}

/** Looks at the disk: a real folder (not a link) holding our marker file is ours. */
export function imagesFolderState(dir: string): ImagesFolderState {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  if (!stat.isDirectory()) return 'foreign';
  try {
    return fs.lstatSync(path.join(dir, EXPORT_MARKER)).isFile() ? 'ours' : 'foreign';
  } catch {
    return 'foreign';
  }
}

/** The notice for an export whose images went to another name than the usual one. */
export function movedImagesNotice(wanted: string, chosen: string): string | null {
  if (wanted === chosen) return null;
  return `${wanted} holds files Listing Studio did not write, so it was left as it was; the photos went to ${chosen} instead.`;
}

export interface StagedFolder {
  /** Where files go while the export runs. */
  readonly staging: string;
  /** Puts the staged folder in place of the final one, which must be missing or an earlier export. */
  publish(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * A hidden folder beside the final one, swapped in at the end, so a failed export leaves the
 * previous images folder as it was and never a half-filled one. The swap happens only onto a
 * missing folder or one with our marker: checked again at the end, since the user may have made
 * the folder while the export ran.
 */
export async function stageFolder(finalDir: string): Promise<StagedFolder> {
  const hidden = (kind: string) => path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.${randomUUID().slice(0, 8)}.${kind}`);
  const staging = hidden('partial');
  await fs.promises.mkdir(staging);
  await fs.promises.writeFile(path.join(staging, EXPORT_MARKER), MARKER_TEXT);
  return {
    staging,
    async publish() {
      const state = imagesFolderState(finalDir);
      if (state === 'foreign') {
        throw new AppError('conflict', `${finalDir} appeared during the export and holds files Listing Studio did not write, so it was left as it was. Export again.`);
      }
      if (state === 'missing') {
        await fs.promises.rename(staging, finalDir);
        return;
      }
      const previous = hidden('previous');
      await fs.promises.rename(finalDir, previous);
      try {
        await fs.promises.rename(staging, finalDir);
      } catch (err) {
        await fs.promises.rename(previous, finalDir);
        throw err;
      }
      await fs.promises.rm(previous, { recursive: true, force: true });
    },
    async discard() {
      await fs.promises.rm(staging, { recursive: true, force: true });
    },
  };
}
