import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateLlamaBundle } from '../../tooling/llama-server-build/llama-source';

/**
 * One file of the llama.cpp source that node-llama-cpp ships as a git bundle, at the bundle's
 * commit: the same source the app's llama-server is built from, so facts checked against it hold
 * for the binary. The bundle is fetched into a temporary bare repository and read with git show.
 */
export function readBundledLlamaFile(file: string): string {
  const { bundle, commit } = locateLlamaBundle();
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'llama-bundle-'));
  try {
    execFileSync('git', ['init', '--quiet', '--bare', repo]);
    execFileSync('git', ['--git-dir', repo, 'fetch', '--quiet', bundle, commit], { stdio: 'ignore' });
    return execFileSync('git', ['--git-dir', repo, 'show', `${commit}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
}

/** The projector type names llama.cpp's mtmd accepts: the strings of PROJECTOR_TYPE_NAMES in clip-impl.h. */
export function parseProjectorTypeNames(clipImplHeader: string): string[] {
  const start = clipImplHeader.indexOf('PROJECTOR_TYPE_NAMES');
  if (start < 0) throw new Error('clip-impl.h has no PROJECTOR_TYPE_NAMES map');
  const body = clipImplHeader.slice(start, clipImplHeader.indexOf('};', start));
  return [...body.matchAll(/\{\s*PROJECTOR_TYPE_\w+\s*,\s*"([^"]+)"\s*\}/g)].map((m) => m[1]);
}
