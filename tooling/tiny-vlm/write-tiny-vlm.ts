import fs from 'node:fs';
import path from 'node:path';
import { writeGguf } from './gguf-writer';
import { buildTinyMmproj, type MmprojVariant } from './tiny-mmproj';
import { buildTinyTextModel } from './tiny-text-model';

export interface TinyVlmOptions {
  seed?: number;
  mmproj?: MmprojVariant;
  /** Off reproduces the invalid-UTF-8 failure of a purely random byte model. */
  asciiBias?: boolean;
}

export interface TinyVlmFiles {
  model: string;
  mmproj: string;
}

/** Writes tiny.gguf and tiny-mmproj.gguf (random weights, deterministic from the seed) into dir. */
export function writeTinyVlm(dir: string, opts: TinyVlmOptions = {}): TinyVlmFiles {
  const seed = opts.seed ?? 1234;
  fs.mkdirSync(dir, { recursive: true });
  const files = { model: path.join(dir, 'tiny.gguf'), mmproj: path.join(dir, 'tiny-mmproj.gguf') };
  fs.writeFileSync(files.model, writeGguf(buildTinyTextModel(seed, { asciiBias: opts.asciiBias })));
  fs.writeFileSync(files.mmproj, writeGguf(buildTinyMmproj(seed, opts.mmproj ?? 'valid')));
  return files;
}
