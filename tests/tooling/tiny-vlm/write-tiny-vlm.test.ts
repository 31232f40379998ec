import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { writeTinyVlm } from '../../../tooling/tiny-vlm/write-tiny-vlm';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tiny-vlm-test-'));

describe('writeTinyVlm', () => {
  it('writes a llama text model node-llama-cpp reads, with the byte vocab and chat template', async () => {
    const { model } = writeTinyVlm(tmp());
    const info = await readGgufFileInfo(model, { logWarnings: false });
    const meta = info.metadata as unknown as Record<string, any>;
    expect(meta.general.architecture).toBe('llama');
    expect(meta.llama.block_count).toBe(2);
    expect(meta.llama.embedding_length).toBe(64);
    const tokens: string[] = meta.tokenizer.ggml.tokens;
    expect(tokens).toHaveLength(260);
    expect(tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>']);
    expect(tokens[259]).toBe('\u2581');
    expect(meta.tokenizer.ggml.token_type.slice(0, 4)).toEqual([2, 3, 3, 6]);
    expect(meta.tokenizer.ggml.token_type[259]).toBe(1);
    expect(meta.tokenizer.chat_template).toContain('add_generation_prompt');
    expect(info.fullTensorInfo?.map((t) => t.name)).toContain('blk.1.ffn_down.weight');
  });

  it('writes a CLIP mmproj with the mlp projector sized to the text model', async () => {
    const { mmproj } = writeTinyVlm(tmp());
    const info = await readGgufFileInfo(mmproj, { logWarnings: false });
    const meta = info.metadata as unknown as Record<string, any>;
    expect(meta.general.architecture).toBe('clip');
    expect(meta.clip.projector_type).toBe('mlp');
    expect(meta.clip.has_vision_encoder).toBe(true);
    expect(meta.clip.vision.image_mean).toHaveLength(3);
    const mm2 = info.fullTensorInfo?.find((t) => t.name === 'mm.2.weight');
    expect(mm2?.dimensions.map(Number)).toEqual([64, 64]);
  });

  it('is deterministic from the seed and differs between seeds', () => {
    const a = writeTinyVlm(tmp(), { seed: 7 });
    const b = writeTinyVlm(tmp(), { seed: 7 });
    const c = writeTinyVlm(tmp(), { seed: 8 });
    expect(fs.readFileSync(a.model).equals(fs.readFileSync(b.model))).toBe(true);
    expect(fs.readFileSync(a.mmproj).equals(fs.readFileSync(b.mmproj))).toBe(true);
    expect(fs.readFileSync(a.model).equals(fs.readFileSync(c.model))).toBe(false);
  });

  it('writes the broken variants tests use: no mm.2 tensors, or a 32-wide projector', async () => {
    const corrupt = await readGgufFileInfo(writeTinyVlm(tmp(), { mmproj: 'missing-projector' }).mmproj, { logWarnings: false });
    expect(corrupt.fullTensorInfo?.some((t) => t.name.startsWith('mm.2.'))).toBe(false);
    const mismatched = await readGgufFileInfo(writeTinyVlm(tmp(), { mmproj: 'mismatched' }).mmproj, { logWarnings: false });
    expect(mismatched.fullTensorInfo?.find((t) => t.name === 'mm.2.weight')?.dimensions.map(Number)).toEqual([32, 32]);
  });
});
