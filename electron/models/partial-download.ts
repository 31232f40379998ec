import fs from 'node:fs';
import path from 'node:path';
import type { RemoteFile } from './remote-file';

/** ipull keeps a partial download as <name>.ipull: the file's bytes, then its chunk map as JSON. */
export const partialPath = (file: string) => `${file}.ipull`;

/** What ipull appends after the file's bytes; a chunk is 2 once all its bytes are written. */
interface ChunkMap {
  part: number;
  chunks: number[];
  chunkSize: number;
}

const COMPLETE_CHUNK = 2;
/** The chunk map of a 100 GB file in 5 MB chunks is about 40 KB; read no more than this of the tail. */
const MAX_MAP_BYTES = 1024 * 1024;
const MAP_START = Buffer.from('{"part":');

export interface PartialFile {
  downloadedBytes: number;
  /** The file's full size as ipull learnt it from the server. */
  totalBytes: number;
}

/**
 * Reads the chunk map at the end of a .ipull file's tail. The map is the last `{"part":` in the
 * file, so model bytes that happen to contain the same text come before it and do not matter.
 */
export function parseChunkMap(tail: Buffer, fileSize: number): PartialFile | null {
  const start = tail.lastIndexOf(MAP_START);
  if (start < 0) return null;
  let map: ChunkMap;
  try {
    map = JSON.parse(tail.subarray(start).toString('utf8')) as ChunkMap;
  } catch {
    return null;
  }
  if (!Array.isArray(map.chunks) || !(map.chunkSize > 0)) return null;
  const totalBytes = fileSize - (tail.length - start);
  const complete = map.chunks.filter((c) => c === COMPLETE_CHUNK).length;
  return { downloadedBytes: Math.min(totalBytes, complete * map.chunkSize), totalBytes };
}

function readPartialFile(file: string): PartialFile | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, MAX_MAP_BYTES);
    const tail = Buffer.alloc(length);
    fs.readSync(fd, tail, 0, length, size - length);
    return parseChunkMap(tail, size);
  } finally {
    fs.closeSync(fd);
  }
}

export interface PartialDownload {
  downloadedBytes: number;
  totalBytes: number;
}

/**
 * How much of a model + mmproj download is on disk: finished files count whole, a .ipull file
 * counts its completed chunks (what a resume keeps), a file not started counts its catalog size
 * towards the total. Null when nothing of the download is on disk.
 */
export function readPartialDownload(dir: string, files: ReadonlyArray<RemoteFile & { sizeBytes: number }>): PartialDownload | null {
  let found = false;
  let downloadedBytes = 0;
  let totalBytes = 0;
  for (const f of files) {
    const full = path.join(dir, f.fileName);
    const partial = fs.existsSync(partialPath(full)) ? readPartialFile(partialPath(full)) : null;
    if (partial) {
      found = true;
      downloadedBytes += partial.downloadedBytes;
      totalBytes += partial.totalBytes;
    } else if (fs.existsSync(full)) {
      found = true;
      const size = fs.statSync(full).size;
      downloadedBytes += size;
      totalBytes += size;
    } else {
      found ||= fs.existsSync(partialPath(full));
      totalBytes += f.sizeBytes;
    }
  }
  return found ? { downloadedBytes, totalBytes } : null;
}
