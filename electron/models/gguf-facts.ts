import fs from 'node:fs';
import path from 'node:path';
import { readGgufFileInfo, type GgufFileInfo } from 'node-llama-cpp';
import type { ModelShape } from '../../shared/domain/local-model';
import { AppError } from '../../shared/errors';
import { minimumGgufSize } from './gguf-extent';
import { projectionWidth, type ProjectionWidth } from './projection-width';

/** What the app needs to know about one GGUF file, read from its header only. */
export interface GgufFacts {
  /** The file's base name, for messages. */
  name: string;
  architecture: string | undefined;
  /** A CLIP-style projector file (mmproj) rather than a language model. */
  isProjector: boolean;
  hasVisionEncoder: boolean;
  hasAudioEncoder: boolean;
  projectorType: string | undefined;
  projection: ProjectionWidth;
  /** The width a language model expects its input embeddings (image ones included) to have. */
  inputWidth: number | undefined;
  hasChatTemplate: boolean;
  /** The language model's attention shape, for the memory estimate; undefined for a projector. */
  shape: ModelShape | undefined;
}

/** Vocabulary arrays are large in real models and not needed here. */
const SKIPPED_KEYS = ['tokenizer.ggml.tokens', 'tokenizer.ggml.scores', 'tokenizer.ggml.token_type', 'tokenizer.ggml.merges'];

type Metadata = Record<string, unknown>;

function dig(obj: unknown, dotted: string): unknown {
  let cur = obj;
  for (const key of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const asNumber = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * The KV-cache shape from the header. head_count_kv may be one number or one per layer (hybrid
 * models keep no KV on their recurrent layers, written as 0), so per-layer counts are summed.
 */
export function readShape(meta: Metadata, architecture: string): ModelShape | undefined {
  const layers = asNumber(dig(meta, `${architecture}.block_count`));
  const heads = asNumber(dig(meta, `${architecture}.attention.head_count`));
  const embedding = asNumber(dig(meta, `${architecture}.embedding_length`));
  const headDim = asNumber(dig(meta, `${architecture}.attention.key_length`)) ?? (embedding && heads ? embedding / heads : undefined);
  const kvRaw = dig(meta, `${architecture}.attention.head_count_kv`) ?? heads;
  if (!layers || !headDim) return undefined;
  if (Array.isArray(kvRaw)) {
    const total = kvRaw.map(asNumber).reduce<number>((a, b) => a + (b ?? 0), 0);
    return { layers, kvHeads: null, headDim, kvBytesPerToken: total * headDim * 4 || null };
  }
  const kvHeads = asNumber(kvRaw);
  return kvHeads ? { layers, kvHeads, headDim, kvBytesPerToken: null } : undefined;
}

/** Pure: turns parsed GGUF header data into the facts the pair check needs. */
export function describeGguf(name: string, info: Pick<GgufFileInfo, 'metadata' | 'tensorInfo'>): GgufFacts {
  const meta = info.metadata as unknown as Metadata;
  const architecture = asString(dig(meta, 'general.architecture'));
  const isProjector = architecture === 'clip' || (architecture === undefined && dig(meta, 'clip') !== undefined);
  const shapes = new Map<string, number[]>((info.tensorInfo ?? []).map((t) => [t.name, t.dimensions.map(Number)]));
  // Files with several modalities keep the vision projector type under clip.vision.
  const projectorType = asString(dig(meta, 'clip.vision.projector_type')) ?? asString(dig(meta, 'clip.projector_type'));
  const embedding = architecture && !isProjector ? asNumber(dig(meta, `${architecture}.embedding_length`)) : undefined;
  const deepstack = architecture ? (asNumber(dig(meta, `${architecture}.n_deepstack_layers`)) ?? 0) : 0;
  return {
    name,
    architecture,
    isProjector,
    hasVisionEncoder: dig(meta, 'clip.has_vision_encoder') === true,
    hasAudioEncoder: dig(meta, 'clip.has_audio_encoder') === true,
    projectorType,
    projection: isProjector ? projectionWidth(projectorType, shapes) : { ok: 'unknown' },
    inputWidth: embedding === undefined ? undefined : embedding * (1 + deepstack),
    hasChatTemplate: asString(dig(meta, 'tokenizer.chat_template')) !== undefined,
    shape: architecture && !isProjector ? readShape(meta, architecture) : undefined,
  };
}

function firstBytes(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** A plain-language guess at what a non-GGUF file is, for the error message. */
export function describeNonGguf(head: Buffer): string {
  const text = head.toString('latin1').trimStart().toLowerCase();
  if (head.length === 0) return 'the file is empty';
  if (text.startsWith('<')) return 'it is a web page, not a model (the server sent HTML)';
  if (text.startsWith('{')) return 'it is a JSON text file, not a model';
  if (head.subarray(0, 2).toString('latin1') === 'PK') return 'it is a ZIP archive, not a model';
  return 'it does not start with the GGUF signature';
}

/** Reads a GGUF header (pure JS, no native code) and describes it; failures name the file. */
export async function readGgufFacts(file: string): Promise<GgufFacts> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('not_found', `${name} was not found at ${file}: check the path and try again.`);
  }
  if (!stat.isFile()) throw new AppError('model_invalid', `${name} is a folder, not a model file: choose the .gguf file inside it.`);
  const head = firstBytes(file);
  if (head.subarray(0, 4).toString('latin1') !== 'GGUF') {
    throw new AppError('model_invalid', `${name} is not a GGUF model file: ${describeNonGguf(head)}. Choose a .gguf file.`);
  }
  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(file, { sourceType: 'filesystem', ignoreKeys: SKIPPED_KEYS, logWarnings: false });
  } catch (err) {
    throw new AppError('model_invalid', `${name} looks like a GGUF file but its header could not be read (${(err as Error).message}); it may be damaged: download it again.`);
  }
  const needed = minimumGgufSize(info.infoEndOffset ?? 0, info.tensorInfo ?? []);
  if (stat.size < needed) {
    throw new AppError('model_invalid', `${name} is incomplete: it has ${stat.size} bytes but its header describes at least ${needed}; download or copy it again.`);
  }
  return describeGguf(name, info);
}
