/** A tensor's shape in ggml `ne` order (ne0 first), as GGUF stores it. */
export type TensorShapes = ReadonlyMap<string, readonly number[]>;

export type ProjectionWidth =
  | { ok: true; width: number; from: string }
  /** The projector type needs this tensor and the file lacks it: llama-server would crash loading it. */
  | { ok: false; missingTensor: string }
  /** A projector type we have no rule for: the pair cannot be checked before the server loads it. */
  | { ok: 'unknown' };

interface Rule {
  tensor: string;
  /** Which `ne` dimension is the output width. */
  dim: 0 | 1;
}

/**
 * How wide the embeddings are that each projector type hands to the text model, mirroring
 * clip_n_mmproj_embd() in the bundled llama.cpp (tools/mtmd/clip.cpp). llama-server refuses the
 * pair unless this equals the text model's input width.
 */
const RULES: Record<string, Rule> = {
  mlp: { tensor: 'mm.2.weight', dim: 1 },
  ldp: { tensor: 'mm.model.mb_block.1.block.2.1.bias', dim: 0 },
  ldpv2: { tensor: 'mm.model.peg.0.bias', dim: 0 },
  resampler: { tensor: 'resampler.proj.weight', dim: 0 },
  'qwen2vl_merger': { tensor: 'mm.2.bias', dim: 0 },
  'qwen2.5vl_merger': { tensor: 'mm.2.bias', dim: 0 },
  'qwen3vl_merger': { tensor: 'mm.2.bias', dim: 0 },
  gemma3: { tensor: 'mm.input_projection.weight', dim: 0 },
  idefics3: { tensor: 'mm.model.fc.weight', dim: 1 },
};

/** Yi-style LLaVA files say "mlp" but carry mm.3.*; clip.cpp then reads the width from mm.3.bias. */
const YI_MLP: Rule = { tensor: 'mm.3.bias', dim: 0 };

/** Qwen3-VL feeds extra "deepstack" features alongside the main ones, widening the input. */
function countDeepstackLayers(shapes: TensorShapes): number {
  const layers = new Set<string>();
  for (const name of shapes.keys()) {
    const m = /^v\.deepstack\.(\d+)\.fc2\.weight$/.exec(name);
    if (m) layers.add(m[1]);
  }
  return layers.size;
}

export function projectionWidth(projectorType: string | undefined, shapes: TensorShapes): ProjectionWidth {
  const listed = projectorType ? RULES[projectorType] : undefined;
  const rule = projectorType === 'mlp' && shapes.has('mm.3.weight') ? YI_MLP : listed;
  if (!rule) return { ok: 'unknown' };
  const shape = shapes.get(rule.tensor);
  if (!shape || shape[rule.dim] === undefined) return { ok: false, missingTensor: rule.tensor };
  const base = shape[rule.dim];
  const width = projectorType === 'qwen3vl_merger' ? base * (1 + countDeepstackLayers(shapes)) : base;
  return { ok: true, width, from: rule.tensor };
}
