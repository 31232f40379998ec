import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(ROOT, 'bin', 'listing-studio.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real CLI as a child process, the way `npx listing-studio` starts it. */
export function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Four shop photos: MUG-1 (two photos), VASE-2 and BOWL-3, so an import makes three products. */
export async function writePhotos(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const colours = { 'MUG-1_1.jpg': '#c0392b', 'MUG-1_2.jpg': '#a93226', 'VASE-2.jpg': '#2471a3', 'BOWL-3.png': '#239b56' };
  for (const [name, colour] of Object.entries(colours)) {
    const img = sharp({ create: { width: 320, height: 240, channels: 3, background: colour } });
    await (name.endsWith('.png') ? img.png() : img.jpeg()).toFile(path.join(dir, name));
  }
}
