import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MmprojVariant } from '../../tooling/tiny-vlm/tiny-mmproj';
import { writeTinyVlm, type TinyVlmFiles } from '../../tooling/tiny-vlm/write-tiny-vlm';

const PREFIX = 'listing-studio-tiny-vlm-run-';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folders left by earlier test runs whose vitest process is gone. */
function removeStaleRuns(root: string): void {
  for (const entry of fs.readdirSync(root)) {
    if (!entry.startsWith(PREFIX)) continue;
    const pid = Number(entry.slice(PREFIX.length));
    if (Number.isInteger(pid) && !isAlive(pid)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}

/**
 * The tiny random-weight vision pair (tiny.gguf + tiny-mmproj.gguf), written once per test run:
 * test files run in forked workers of one vitest process, so its pid names the shared folder.
 * Each variant is written to a temp name and renamed, so workers racing here never see half a file.
 */
export function tinyModelPair(variant: MmprojVariant = 'valid'): TinyVlmFiles {
  const root = os.tmpdir();
  const runDir = path.join(root, `${PREFIX}${process.ppid}`);
  const dir = path.join(runDir, variant);
  const files = { model: path.join(dir, 'tiny.gguf'), mmproj: path.join(dir, 'tiny-mmproj.gguf') };
  if (fs.existsSync(files.model) && fs.existsSync(files.mmproj)) return files;
  if (!fs.existsSync(runDir)) removeStaleRuns(root);
  const staging = fs.mkdtempSync(path.join(root, 'tiny-vlm-staging-'));
  writeTinyVlm(staging, { mmproj: variant });
  fs.mkdirSync(runDir, { recursive: true });
  try {
    fs.renameSync(staging, dir);
  } catch (err) {
    // Another worker got there first; its files are identical (same seed).
    if (!fs.existsSync(files.model)) throw err;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return files;
}
