import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** node-llama-cpp's package folder. Its exports hide package.json, so walk up from its entry point. */
function nodeLlamaCppDir(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('node-llama-cpp'));
  while (!fs.existsSync(path.join(dir, 'llama', 'gitRelease.bundle'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('node-llama-cpp is installed without llama/gitRelease.bundle: run npm install');
    dir = up;
  }
  return dir;
}

/** node_modules/@node-llama-cpp: the prebuilt platform packages npm installed beside node-llama-cpp. */
export function locatePlatformPackages(): string {
  return path.join(path.dirname(nodeLlamaCppDir()), '@node-llama-cpp');
}

/** The llama.cpp git bundle that node-llama-cpp ships, and the commit it holds. */
export function locateLlamaBundle(): { bundle: string; commit: string } {
  const bundle = path.join(nodeLlamaCppDir(), 'llama', 'gitRelease.bundle');
  const heads = execFileSync('git', ['bundle', 'list-heads', bundle], { encoding: 'utf8' });
  const commit = /^([0-9a-f]{40})\s/m.exec(heads)?.[1];
  if (!commit) throw new Error(`${bundle}: no commit found in the llama.cpp bundle`);
  return { bundle, commit };
}
