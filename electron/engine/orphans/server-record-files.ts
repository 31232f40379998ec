import fs from 'node:fs/promises';
import path from 'node:path';
import { isServerRecordFileName, serverRecordFileName, type ServerRecord } from './server-record';

/** Written under a temporary name and renamed, so a reader never sees half a record. */
export async function writeServerRecord(dir: string, record: ServerRecord): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, serverRecordFileName(record.pid));
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(record, null, 2)}\n`);
  await fs.rename(temp, file);
  return file;
}

export async function removeServerRecord(dir: string, pid: number): Promise<void> {
  await fs.rm(path.join(dir, serverRecordFileName(pid)), { force: true });
}

/** The record files in dir (full paths); none when the folder does not exist yet. */
export async function listServerRecordFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names.filter(isServerRecordFileName).sort().map((name) => path.join(dir, name));
}
