import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/tiny-vlm.ts', ...args], { encoding: 'utf8' });

describe('scripts/tiny-vlm.ts', () => {
  it('writes tiny.gguf and tiny-mmproj.gguf into the folder and prints their paths', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tiny-vlm-cli-')), 'out');
    const printed = JSON.parse(run([dir])) as { model: string; mmproj: string };
    expect(printed.model).toBe(path.join(dir, 'tiny.gguf'));
    const info = await readGgufFileInfo(printed.mmproj, { logWarnings: false });
    expect(info.fullTensorInfo?.some((t) => t.name === 'mm.2.weight')).toBe(true);
  });

  it('--corrupt-mmproj leaves out the projector output layer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiny-vlm-cli-'));
    const { mmproj } = JSON.parse(run([dir, '--corrupt-mmproj'])) as { mmproj: string };
    const info = await readGgufFileInfo(mmproj, { logWarnings: false });
    expect(info.fullTensorInfo?.some((t) => t.name.startsWith('mm.2'))).toBe(false);
  });

  it('refuses to run without a folder', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/tiny-vlm.ts'], { stdio: 'pipe' })).toThrow(/Usage: npm run fixtures:tiny-vlm/);
  });
});
