import { describe, expect, it } from 'vitest';
import { projectionWidth } from '../../../electron/models/projection-width';

const shapes = (entries: Record<string, number[]>) => new Map(Object.entries(entries));

// Shapes as the real files carry them (ggml ne order), from clip.cpp's clip_n_mmproj_embd().
describe('projectionWidth', () => {
  it('LLaVA-1.5 mlp: mm.2.weight [4096, 4096] → 4096', () => {
    expect(projectionWidth('mlp', shapes({ 'mm.0.weight': [1024, 4096], 'mm.2.weight': [4096, 4096] }))).toEqual({ ok: true, width: 4096, from: 'mm.2.weight' });
  });

  it('Yi-style mlp with mm.3.* reads mm.3.bias', () => {
    expect(projectionWidth('mlp', shapes({ 'mm.0.weight': [1024, 7168], 'mm.3.weight': [7168, 7168], 'mm.3.bias': [7168] }))).toMatchObject({ ok: true, width: 7168 });
  });

  it('Qwen2.5-VL merger: mm.2.bias → 3584 for the 7B', () => {
    expect(projectionWidth('qwen2.5vl_merger', shapes({ 'mm.2.weight': [5120, 3584], 'mm.2.bias': [3584] }))).toMatchObject({ ok: true, width: 3584 });
  });

  it('Qwen3-VL merger counts the deepstack layers', () => {
    const s = shapes({ 'mm.2.bias': [2560], 'v.deepstack.5.fc2.weight': [4096, 2560], 'v.deepstack.11.fc2.weight': [4096, 2560], 'v.deepstack.17.fc2.weight': [4096, 2560] });
    expect(projectionWidth('qwen3vl_merger', s)).toMatchObject({ ok: true, width: 2560 * 4 });
  });

  it('Gemma 3 reads ne[0] of the transposed input projection', () => {
    expect(projectionWidth('gemma3', shapes({ 'mm.input_projection.weight': [2560, 1152] }))).toMatchObject({ ok: true, width: 2560 });
  });

  it('SmolVLM (idefics3) and MiniCPM-V (resampler)', () => {
    expect(projectionWidth('idefics3', shapes({ 'mm.model.fc.weight': [12288, 2048] }))).toMatchObject({ ok: true, width: 2048 });
    expect(projectionWidth('resampler', shapes({ 'resampler.proj.weight': [3584, 3584] }))).toMatchObject({ ok: true, width: 3584 });
  });

  it('reports the tensor a known projector type needs but lacks', () => {
    expect(projectionWidth('mlp', shapes({ 'mm.0.weight': [32, 64] }))).toEqual({ ok: false, missingTensor: 'mm.2.weight' });
  });

  it('cannot judge an unknown projector type', () => {
    expect(projectionWidth('some_future_projector', shapes({}))).toEqual({ ok: 'unknown' });
  });
});
